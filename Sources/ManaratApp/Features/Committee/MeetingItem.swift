import ManaratDomain

/// One request on a meeting's agenda, with the votes cast on it there.
struct MeetingItem: Sendable, Equatable {
    var file: RequestFile
    var votes: [CastVote]
}
