import Foundation
import ManaratDomain
import Vapor

/// A request's data as posted, at the desk or in the portal: the type's own fields (named
/// `field_<key>`), the description and the amount asked for. The new-request, edit and portal
/// forms all decode it, so the fields are read one way.
struct RequestDataForm: Content, Equatable {
    /// The form's fixed fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case typeID, channel, details, amountRequested, version, intent
    }

    /// The prefix of a type's own field's name.
    static let valuePrefix = "field_"
    /// The longest description accepted.
    static let detailsLimit = 4000
    /// The longest value of a type's field kept.
    static let valueLimit = 500

    var typeID: String?
    var channel: String?
    var details: String?
    var amountRequested: String?
    var version: Int?
    /// "draft" when the applicant saves to finish later.
    var intent: String?
    /// The type's own fields as typed, by key.
    var values: [String: String]

    init(
        typeID: String? = nil, channel: String? = nil, details: String? = nil, amountRequested: String? = nil,
        version: Int? = nil, intent: String? = nil, values: [String: String] = [:]
    ) {
        self.typeID = typeID
        self.channel = channel
        self.details = details
        self.amountRequested = amountRequested
        self.version = version
        self.intent = intent
        self.values = values
    }

    /// The form showing `request`'s data, for editing it.
    init(request: SupportRequest, blankZeroAmount: Bool = false) {
        self.init(
            details: request.details,
            amountRequested: blankZeroAmount && request.amountRequested.halalas == 0
                ? "" : request.amountRequested.plain,
            version: request.version, values: request.fieldValues)
    }

    /// Whether the applicant saves a draft to finish later.
    var isDraftOnly: Bool { intent == "draft" }

    /// The data for `type`, or every problem with it. A draft saved to finish later keeps what
    /// was typed however incomplete: only a full submission asks for the description.
    func parsed(for type: RequestType, draftOnly: Bool = false) -> (data: RequestData, problems: [RequestProblem]) {
        var problems: [RequestProblem] = []
        var values: [String: String] = [:]
        for field in type.requiredFields {
            values[field.key] = String(
                (self.values[field.key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.valueLimit))
        }
        let details = (self.details ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if (details.isEmpty && !draftOnly) || details.count > Self.detailsLimit { problems.append(.detailsMissing) }
        var amount = Money.parse(amountRequested ?? "")
        if amount == nil, draftOnly, (amountRequested ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            amount = .zero
        }
        if amount == nil { problems.append(.amountRequestedInvalid) }
        return (
            RequestData(
                values: values, details: details, amount: amount ?? .zero,
                channel: channel.flatMap(ContactChannel.init(rawValue:)) ?? .interview),
            problems
        )
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        func text(_ field: Field) throws -> String? {
            try container.decodeIfPresent(String.self, forKey: Key(stringValue: field.rawValue))
        }
        var values: [String: String] = [:]
        for key in container.allKeys where key.stringValue.hasPrefix(Self.valuePrefix) {
            values[String(key.stringValue.dropFirst(Self.valuePrefix.count))] = try? container.decode(
                String.self, forKey: key)
        }
        self.init(
            typeID: try text(.typeID), channel: try text(.channel), details: try text(.details),
            amountRequested: try text(.amountRequested),
            version: try? container.decodeIfPresent(Int.self, forKey: Key(stringValue: Field.version.rawValue)),
            intent: try text(.intent), values: values)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for field in Field.allCases {
            switch field {
            case .typeID: try container.encodeIfPresent(typeID, forKey: Key(stringValue: field.rawValue))
            case .channel: try container.encodeIfPresent(channel, forKey: Key(stringValue: field.rawValue))
            case .details: try container.encodeIfPresent(details, forKey: Key(stringValue: field.rawValue))
            case .amountRequested:
                try container.encodeIfPresent(amountRequested, forKey: Key(stringValue: field.rawValue))
            case .version: try container.encodeIfPresent(version, forKey: Key(stringValue: field.rawValue))
            case .intent: try container.encodeIfPresent(intent, forKey: Key(stringValue: field.rawValue))
            }
        }
        for (key, value) in values { try container.encode(value, forKey: Key(stringValue: Self.valuePrefix + key)) }
    }
}
