import Foundation

/// Which channels a notification goes out on, and when.
public enum DeliveryRules {
    /// The channels for `event` given a person's preference and addresses: always the portal inbox
    /// when the person has one, plus the preferred channel when it has an address and the person
    /// has not opted out of a non-essential message. A one-time code goes by SMS only.
    public static func channels(
        for event: NotificationEvent, preference: NotificationPreference, addresses: NotificationAddresses,
        hasInbox: Bool
    ) -> [NotificationChannel] {
        if event == .oneTimeCode {
            return addresses.mobile == nil ? [] : [.sms]
        }
        var channels: [NotificationChannel] = hasInbox ? [.portal] : []
        guard !(preference.optedOut && !event.isEssential), let preferred = preference.channel, preferred != .portal
        else {
            return channels
        }
        let reachable: Bool
        switch preferred {
        case .sms, .whatsapp: reachable = addresses.mobile != nil
        case .email: reachable = addresses.email != nil
        case .portal: reachable = false
        }
        if reachable { channels.append(preferred) }
        return channels
    }

    /// Quiet hours: no non-urgent message between 22:00 and 07:00 local time.
    public static let quietStartHour = 22
    /// The hour quiet hours end.
    public static let quietEndHour = 7

    /// The earliest instant a message for `event` may go out, at or after `now`: `now` itself for
    /// urgent messages and outside quiet hours, otherwise 07:00 local time the next morning.
    public static func earliestSend(for event: NotificationEvent, at now: Date, timeZone: TimeZone) -> Date {
        guard !event.isUrgent else { return now }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let hour = calendar.component(.hour, from: now)
        guard hour >= quietStartHour || hour < quietEndHour else { return now }
        let morning = calendar.date(bySettingHour: quietEndHour, minute: 0, second: 0, of: now) ?? now
        return hour >= quietStartHour ? calendar.date(byAdding: .day, value: 1, to: morning) ?? morning : morning
    }
}
