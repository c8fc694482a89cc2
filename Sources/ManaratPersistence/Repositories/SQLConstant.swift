import Foundation
import ManaratDomain
import SQLKit

/// A constant SQL fragment made of names only (a list of columns, a join), serialized by SQLKit
/// once per dialect and then written as that text.
///
/// SQLKit serializes every identifier of a query anew at each execution; on the staff request
/// list the column list and the joins cost more than the query's own execution (`perf`). The
/// fragment holds no values: serializing it with a bind is refused.
final class SQLConstant: SQLExpression, @unchecked Sendable {
    private let expression: any SQLExpression
    private let lock = NSLock()
    private var text: [String: String] = [:]

    init(_ expression: any SQLExpression) {
        self.expression = expression
    }

    func serialize(to serializer: inout SQLSerializer) {
        let dialect = serializer.dialect.name
        if let known = lock.withLock({ text[dialect] }) {
            serializer.write(known)
            return
        }
        var own = SQLSerializer(database: serializer.database)
        expression.serialize(to: &own)
        precondition(own.binds.isEmpty, "an SQLConstant holds names only, never a value")
        lock.withLock { text[dialect] = own.sql }
        serializer.write(own.sql)
    }
}
