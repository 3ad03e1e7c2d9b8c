import GRDB
import GRDBSQLite
import WeefselGraph

/// Rows written into one table through prepared multi-row INSERT statements, for the one hot path
/// of the store: writing hundreds of thousands of imported rows in one transaction.
///
/// Each row's values are bound by column and the row is then added; every `rowsPerStatement` rows
/// run as one statement, so SQLite's work per statement (opening cursors, the statement journal,
/// the AUTOINCREMENT counter) is shared by many rows. Values go straight to SQLite's C API, which
/// skips the boxing of every value that general statement arguments need, and texts are read in
/// place from one buffer rather than copied by SQLite. Everything else (the transaction, errors)
/// stays with GRDB.
///
/// A row behaves as if it ran on its own: an upsert clause sees the rows before it, and a failing
/// row fails the import's transaction as before.
struct BulkInsert {
    private enum Value {
        case null
        case integer(Int64)
        case real(Double)
        /// Bytes of `texts`.
        case text(start: Int, count: Int)
    }

    private let table: String
    private let head: String
    private let tail: String
    private let columnCount: Int
    private let rowsPerStatement: Int
    private let full: Statement
    /// The values of the rows added and not yet run, row after row, and of the row being bound.
    private var values: [Value]
    private var rows = 0
    /// The texts of those rows; starts with one byte so that an empty text has an address.
    private var texts: [UInt8] = [0]
    /// The rows changed (inserted, or updated by an upsert) by the statements run so far.
    private(set) var changes = 0

    /// Prepares `head VALUES (?, ...), ... tail`, such as `INSERT INTO t (a, b)` and an upsert
    /// clause, for rows of `table`.
    init(
        _ db: Database, into table: String, _ head: String, columns: Int, _ tail: String = "",
        rowsPerStatement: Int = 32
    ) throws {
        self.table = table
        self.head = head
        self.tail = tail
        columnCount = columns
        self.rowsPerStatement = rowsPerStatement
        values = Array(repeating: .null, count: columns * rowsPerStatement)
        full = try db.makeStatement(sql: BulkInsert.sql(head, tail, columns: columns, rows: rowsPerStatement))
    }

    private static func sql(_ head: String, _ tail: String, columns: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", ") + " " + tail
    }

    /// Binds the value of a column (numbered from 1) of the row being bound.
    mutating func bind(_ column: Int32, _ text: String?) {
        guard let text else { return set(column, .null) }
        let start = texts.count
        texts.append(contentsOf: text.utf8)
        set(column, .text(start: start, count: texts.count - start))
    }

    /// Binds a day as the text `Day.description` gives (`2024-03-31`), written straight into the buffer.
    mutating func bind(_ column: Int32, _ day: Day?) {
        guard let day else { return set(column, .null) }
        let start = texts.count
        let digit = { (value: Int, place: Int) in UInt8(ascii: "0") + UInt8(value / place % 10) }
        let dash = UInt8(ascii: "-")
        for place in [1_000, 100, 10, 1] { texts.append(digit(day.year, place)) }
        texts.append(dash)
        texts.append(digit(day.month, 10))
        texts.append(digit(day.month, 1))
        texts.append(dash)
        texts.append(digit(day.day, 10))
        texts.append(digit(day.day, 1))
        set(column, .text(start: start, count: texts.count - start))
    }

    mutating func bind(_ column: Int32, _ value: Int64?) {
        set(column, value.map(Value.integer) ?? .null)
    }

    mutating func bind(_ column: Int32, _ value: Double?) {
        set(column, value.map(Value.real) ?? .null)
    }

    private mutating func set(_ column: Int32, _ value: Value) {
        values[rows * columnCount + Int(column) - 1] = value
    }

    /// Adds the row bound so far; runs a statement when enough rows are waiting.
    mutating func addRow(_ db: Database) throws {
        rows += 1
        if rows == rowsPerStatement { try run(db) }
    }

    /// Runs the rows still waiting and returns how many rows all statements changed. The
    /// statements ran past GRDB, so its transaction observers are told here that the table changed.
    mutating func finish(_ db: Database) throws -> Int {
        if rows > 0 { try run(db) }
        if changes > 0 { try db.notifyChanges(in: Table(table)) }
        return changes
    }

    private mutating func run(_ db: Database) throws {
        let statement =
            rows == rowsPerStatement
            ? full : try db.makeStatement(sql: BulkInsert.sql(head, tail, columns: columnCount, rows: rows))
        let handle = statement.sqliteStatement
        let count = rows * columnCount
        let (code, message) = texts.withUnsafeBufferPointer { texts in
            // Texts bound SQLITE_STATIC: SQLite reads them in place until the statement is reset.
            let base = UnsafeRawPointer(texts.baseAddress!).assumingMemoryBound(to: CChar.self)
            for index in 0..<count {
                let parameter = Int32(index + 1)
                switch values[index] {
                case .null: sqlite3_bind_null(handle, parameter)
                case .integer(let value): sqlite3_bind_int64(handle, parameter, value)
                case .real(let value): sqlite3_bind_double(handle, parameter, value)
                case .text(let start, let length):
                    sqlite3_bind_text(handle, parameter, base + start, Int32(length), nil)
                }
            }
            defer {
                sqlite3_reset(handle)
                sqlite3_clear_bindings(handle)
            }
            let code = sqlite3_step(handle)
            return (code, code == SQLITE_DONE || code == SQLITE_ROW ? nil : db.lastErrorMessage)
        }
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        changes += Int(sqlite3_changes(db.sqliteConnection))
        rows = 0
        texts.removeSubrange(1...)
        for index in 0..<count { values[index] = .null }
    }
}

/// Steps through the rows of a statement reading integer columns straight from SQLite, for the
/// loader's pass over every tie.
enum RowReader {
    struct Columns {
        fileprivate let handle: OpaquePointer
        func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
    }

    static func forEachRow(of statement: Statement, in db: Database, _ body: (Columns) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let columns = Columns(handle: handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
            }
            try body(columns)
        }
    }
}

/// Secondary indexes set aside while a large first import fills an empty table, and built again
/// from the sorted rows afterwards, inside the same transaction: building an index once is much
/// cheaper than growing it one random row at a time. A failed import rolls the indexes back too.
struct SecondaryIndexes {
    private let definitions: [String]

    init(_ names: [String], deferredIf condition: Bool, in db: Database) throws {
        guard condition else {
            definitions = []
            return
        }
        var definitions: [String] = []
        for name in names {
            let found = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [name])
            guard let sql = found else { continue }
            definitions.append(sql)
            try db.execute(sql: "DROP INDEX \"\(name)\"")
        }
        self.definitions = definitions
    }

    func rebuild(in db: Database) throws {
        for sql in definitions { try db.execute(sql: sql) }
    }
}
