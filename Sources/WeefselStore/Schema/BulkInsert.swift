import GRDB
import GRDBSQLite

/// A prepared statement that binds values straight to SQLite, for the one hot path of the store:
/// writing hundreds of thousands of imported rows in one transaction.
///
/// Binding through SQLite's C API skips the boxing of every value that general statement
/// arguments need; everything else (the transaction, errors) stays with GRDB.
struct BulkInsert {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
    }

    func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(handle, index)
            return
        }
        var copy = text
        copy.withUTF8 { bytes in
            _ = sqlite3_bind_text(
                handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                Int32(bytes.count), BulkInsert.transient)
        }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Double?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_double(handle, index, value)
    }

    /// Runs the statement with the bound values and returns how many rows it changed.
    func run(_ db: Database) throws -> Int {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE || code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
        }
        return Int(sqlite3_changes(db.sqliteConnection))
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
