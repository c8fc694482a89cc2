import Foundation

/// Finds records that may describe a person who is already registered.
///
/// The check only suggests; staff decide. A similar name alone is never
/// enough, because Arabic names repeat a great deal within a tribe or city,
/// so a match also needs a shared birth date or a shared phone.
public enum DuplicateCheck {
    /// The name similarity from which two names count as similar.
    public static let similarNameThreshold = 0.75

    /// Name words that join the following word: "عبد الله" and "عبدالله" are one name.
    private static let joiningPrefixes: Set<String> = ["عبد", "ابو"]
    /// Words for "son of" / "daughter of", written in some records and left out in others.
    private static let lineageWords: Set<String> = ["بن", "بنت"]

    /// Name similarity 0...1 of two names after ArabicText normalization (token-aware: the same words in another order score high; use a normalized Levenshtein / Dice of character bigrams — your choice, documented).
    ///
    /// The measure is the Dice coefficient of character bigrams, taken over
    /// the bag of all name words with each word padded by a space at both
    /// ends. Bigrams never cross word boundaries, so word order does not
    /// matter, and a spelling slip costs only the few bigrams around it.
    /// "عبد" and "ابو" are joined to the next word and "بن"/"بنت" dropped,
    /// because records disagree on those far more than on the names.
    ///
    /// Brothers share the father's, grandfather's and family names and differ
    /// only in the first name, so the bag alone would rank them as near
    /// duplicates. The result is therefore capped by how well each name's
    /// first word is found among the other's words. Names with no words
    /// score 0: an empty name is no evidence of anything.
    public static func nameSimilarity(_ a: String, _ b: String) -> Double {
        let wordsA = nameWords(a)
        let wordsB = nameWords(b)
        guard let firstA = wordsA.first, let firstB = wordsB.first else { return 0 }
        let whole = dice(wordsA.map(bigrams), wordsB.map(bigrams))
        let firstAFound = wordsB.map { dice([bigrams(firstA)], [bigrams($0)]) }.max() ?? 0
        let firstBFound = wordsA.map { dice([bigrams(firstB)], [bigrams($0)]) }.max() ?? 0
        return min(whole, firstAFound, firstBFound)
    }

    /// A possible duplicate when the names are similar (>= 0.75) together with the same birth date or a shared phone; nil otherwise. Score blends name similarity with the corroborating evidence.
    ///
    /// The score is 60 points for the name (60 × similarity, rounded), 30 for
    /// the first corroborating fact and 10 more when both the birth date and
    /// a phone agree; an identical name with one fact scores 90, with both 100.
    /// An unknown birth date corroborates nothing.
    public static func match(_ candidate: PersonFingerprint, against existing: PersonFingerprint) -> DuplicateMatch? {
        let similarity = nameSimilarity(candidate.fullName, existing.fullName)
        guard similarity >= similarNameThreshold else { return nil }
        var reasons: Set<DuplicateMatch.Reason> = [.similarName]
        if let born = candidate.bornOn, born == existing.bornOn {
            reasons.insert(.sameBirthDate)
        }
        if !phoneKeys(candidate.phones).isDisjoint(with: phoneKeys(existing.phones)) {
            reasons.insert(.samePhone)
        }
        let corroborations = reasons.count - 1
        guard corroborations > 0 else { return nil }
        let namePoints = Int((60 * similarity).rounded())
        let evidencePoints = corroborations >= 2 ? 40 : 30
        return DuplicateMatch(score: min(100, max(0, namePoints + evidencePoints)), reasons: reasons)
    }

    private static func nameWords(_ name: String) -> [String] {
        var words: [String] = []
        var pendingPrefix: String?
        for token in ArabicText.searchTokens(name) {
            if let prefix = pendingPrefix {
                words.append(prefix + token)
                pendingPrefix = nil
            } else if joiningPrefixes.contains(token) {
                pendingPrefix = token
            } else if !lineageWords.contains(token) || words.isEmpty {
                words.append(token)
            }
        }
        if let prefix = pendingPrefix {
            words.append(prefix)
        }
        return words
    }

    private static func bigrams(_ word: String) -> [String: Int] {
        let characters = [" "] + Array(word) + [" "]
        var counts: [String: Int] = [:]
        for index in characters.indices.dropLast() {
            counts[String(characters[index]) + String(characters[index + 1]), default: 0] += 1
        }
        return counts
    }

    /// Dice coefficient of two bags of bigrams: twice the shared count over the total count.
    private static func dice(_ a: [[String: Int]], _ b: [[String: Int]]) -> Double {
        let bagA = a.reduce(into: [String: Int]()) { bag, word in bag.merge(word, uniquingKeysWith: +) }
        let bagB = b.reduce(into: [String: Int]()) { bag, word in bag.merge(word, uniquingKeysWith: +) }
        let totalA = bagA.values.reduce(0, +)
        let totalB = bagB.values.reduce(0, +)
        guard totalA + totalB > 0 else { return 0 }
        let shared = bagA.reduce(0) { sum, entry in sum + min(entry.value, bagB[entry.key] ?? 0) }
        return Double(2 * shared) / Double(totalA + totalB)
    }

    /// Phones compared in E.164 form; a number that is not a Saudi mobile is
    /// compared as typed, so foreign numbers can still corroborate.
    private static func phoneKeys(_ phones: [String]) -> Set<String> {
        Set(
            phones.compactMap { phone in
                switch SaudiMobile.normalized(phone) {
                case .success(let normalized):
                    return normalized
                case .failure:
                    let trimmed = phone.trimmingCharacters(in: .whitespacesAndNewlines)
                    return trimmed.isEmpty ? nil : trimmed
                }
            })
    }
}
