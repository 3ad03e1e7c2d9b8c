"""Baseline for Weefsel's CSV import: what a user would otherwise script with Python's csv and
sqlite3 modules: read nodes.csv and ties.csv and insert them with executemany in one transaction,
into the same schema (tables, unique keys and indexes) with the same durability (WAL,
synchronous=FULL, foreign keys on).

Usage: python3 import_baseline.py DIR DB   (prints one JSON line with seconds and row counts)
"""
import csv
import json
import os
import sqlite3
import sys
import time

SCHEMA = """
CREATE TABLE household (id INTEGER PRIMARY KEY AUTOINCREMENT, externalId TEXT NOT NULL UNIQUE, street TEXT,
    houseNumber TEXT, postcode TEXT, wijk TEXT, latitude DOUBLE, longitude DOUBLE);
CREATE TABLE node (id INTEGER PRIMARY KEY AUTOINCREMENT, externalId TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    name TEXT NOT NULL, householdId INTEGER REFERENCES household(id) ON DELETE SET NULL, roles TEXT NOT NULL DEFAULT '',
    birthYear INTEGER, languages TEXT NOT NULL DEFAULT '', skills TEXT NOT NULL DEFAULT '',
    interests TEXT NOT NULL DEFAULT '', wijk TEXT, consent TEXT NOT NULL DEFAULT '');
CREATE INDEX node_on_householdId ON node(householdId);
CREATE INDEX node_on_name ON node(name);
CREATE TABLE tie (id INTEGER PRIMARY KEY AUTOINCREMENT, sourceId INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
    targetId INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 3), since TEXT, until TEXT, recordedBy TEXT, note TEXT,
    CHECK (sourceId <> targetId), UNIQUE (sourceId, targetId, kind));
CREATE INDEX tie_on_targetId ON tie(targetId);
"""


def main():
    directory, db = sys.argv[1], sys.argv[2]
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    start = time.perf_counter()
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.executescript(SCHEMA)
    with open(os.path.join(directory, "nodes.csv"), newline="", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(os.path.join(directory, "ties.csv"), newline="", encoding="utf-8") as handle:
        ties = list(csv.DictReader(handle))
    connection.execute("BEGIN")
    households = {}
    for row in nodes:
        if row.get("household"):
            households.setdefault(row["household"], (row["household"], row.get("street"), row.get("house_number"),
                                                      row.get("postcode"), row.get("wijk")))
    connection.executemany(
        "INSERT INTO household (externalId, street, houseNumber, postcode, wijk) VALUES (?, ?, ?, ?, ?)",
        households.values())
    household_ids = dict((e, i) for i, e in connection.execute("SELECT id, externalId FROM household"))
    connection.executemany(
        "INSERT INTO node (externalId, kind, name, householdId, roles, birthYear, languages, skills, interests,"
        " wijk, consent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((r["id"], r["kind"], r["name"], household_ids.get(r.get("household")), r.get("roles", ""),
          int(r["birth_year"]) if r.get("birth_year") else None, r.get("languages", ""), r.get("skills", ""),
          r.get("interests", ""), r.get("wijk") or None, r.get("consent", "")) for r in nodes))
    node_ids = dict((e, i) for i, e in connection.execute("SELECT id, externalId FROM node"))
    connection.executemany(
        "INSERT INTO tie (sourceId, targetId, kind, strength, since, until, recordedBy, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((node_ids[r["source"]], node_ids[r["target"]], r["kind"], int(r.get("strength") or 2), r.get("since") or None,
          r.get("until") or None, r.get("recorded_by") or None, r.get("note") or None) for r in ties))
    connection.execute("COMMIT")
    connection.close()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "nodes": len(nodes), "ties": len(ties), "households": len(households)}))


if __name__ == "__main__":
    main()
