import Vapor

extension Request {
    /// The value of a route parameter, as text.
    func parameter(_ name: RouteParameter) -> String? {
        parameters.get(name.rawValue)
    }

    /// The value of a route parameter, read as `type`; nil when absent or not of that type.
    func parameter<T: LosslessStringConvertible>(_ name: RouteParameter, as type: T.Type) -> T? {
        parameters.get(name.rawValue, as: type)
    }
}
