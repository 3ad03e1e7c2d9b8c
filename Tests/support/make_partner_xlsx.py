"""Writes partner.xlsx: a partner's spreadsheet as it comes, for the import tests. Dutch headers,
a column of the partner's own (telefoon), a birth year typed as a number, a tie dated as an Excel
date, an empty sheet, and the persons and ties on two sheets in one workbook.

Usage: python3 make_partner_xlsx.py OUT.xlsx   (needs openpyxl)
"""
import datetime
import sys

from openpyxl import Workbook

book = Workbook()
people = book.active
people.title = "Bewoners"
people.append(["id", "soort", "naam", "huishouden", "straat", "huisnummer", "postcode", "geboortejaar", "telefoon",
               "talen", "wijk"])
people.append(["X001", "bewoner", "Fatma Yıldız", "HX01", "Mussenweg", "12a", "1644 DE", 1979, "06-12345678",
               "Turks|Nederlands", "De Meent"])
people.append(["X002", "bewoner", "Mehmet Yıldız", "HX01", "Mussenweg", "12a", "1644 DE", 1975, None, "Turks",
               "De Meent"])
people.append(["X003", "vrijwilliger", "Anneke de Boer", "HX02", "Lijsterlaan", 4, "1644 DF", 1958, "0612-345678",
               "Nederlands", "De Meent"])
ties = book.create_sheet("Banden")
ties.append(["van", "naar", "soort", "sterkte", "sinds"])
ties.append(["X001", "X003", "buren", 2, datetime.date(2026, 3, 31)])
ties.cell(row=2, column=5).number_format = "dd-mm-yyyy"
book.create_sheet("Leeg")
book.save(sys.argv[1])
