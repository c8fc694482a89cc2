import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// What a request list query reads: its select list and its joins, each serialized once per
/// dialect (see `SQLConstant`), made once per kind of list.
struct RequestQueryShape: Sendable {
    let selectList: SQLConstant
    let joins: [SQLConstant]

    init(columns: [String], joins: [RequestJoin] = []) {
        let requests = SupportRequestModel.schema
        selectList = SQLConstant(
            SQLList(
                columns.map { SQLColumn($0, table: requests) as any SQLExpression }
                    + joins.flatMap { join in
                        join.columns.map {
                            SQLAlias(SQLColumn($0, table: join.alias), as: SQLIdentifier(join.alias + "_" + $0))
                        }
                    }
            ))
        self.joins = joins.map { join in
            SQLConstant(
                SQLJoin(
                    method: SQLJoinMethod.left,
                    table: SQLAlias(SQLIdentifier(join.table), as: SQLIdentifier(join.alias)),
                    expression: SQLBinaryExpression(
                        left: SQLColumn("id", table: join.alias), op: SQLBinaryOperator.equal,
                        right: SQLColumn(join.on, table: requests))))
        }
    }
}
