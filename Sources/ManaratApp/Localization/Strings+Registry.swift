import Foundation
import ManaratDomain

extension Strings {
    func identityType(_ type: IdentityType) -> String {
        switch type {
        case .nationalID: return self[.identityNationalID]
        case .iqama: return self[.identityIqama]
        case .gccID: return self[.identityGCC]
        case .passport: return self[.identityPassport]
        case .borderNumber: return self[.identityBorder]
        }
    }

    func gender(_ gender: Gender) -> String { gender == .male ? self[.genderMale] : self[.genderFemale] }

    func maritalStatus(_ status: MaritalStatus) -> String {
        switch status {
        case .single: return self[.maritalSingle]
        case .married: return self[.maritalMarried]
        case .divorced: return self[.maritalDivorced]
        case .widowed: return self[.maritalWidowed]
        }
    }

    func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .interview: return self[.channelInterview]
        case .phone: return self[.channelPhone]
        case .socialMedia: return self[.channelSocialMedia]
        case .letter: return self[.channelLetter]
        case .assistanceRequest: return self[.channelAssistanceRequest]
        case .volunteering: return self[.channelVolunteering]
        case .website: return self[.channelWebsite]
        case .branchRepresentative: return self[.channelBranchRepresentative]
        }
    }

    func direction(_ direction: ContactDirection) -> String {
        direction == .incoming ? self[.directionIncoming] : self[.directionOutgoing]
    }

    func duplicateReason(_ reason: DuplicateMatch.Reason) -> String {
        switch reason {
        case .similarName: return self[.reasonSimilarName]
        case .sameBirthDate: return self[.reasonSameBirthDate]
        case .samePhone: return self[.reasonSamePhone]
        }
    }

    func relation(_ relation: Relation) -> String {
        switch relation {
        case .spouse: return self[.relationSpouse]
        case .son: return self[.relationSon]
        case .daughter: return self[.relationDaughter]
        case .father: return self[.relationFather]
        case .mother: return self[.relationMother]
        case .brother: return self[.relationBrother]
        case .sister: return self[.relationSister]
        case .other: return self[.relationOther]
        }
    }

    func housing(_ housing: HousingType) -> String {
        switch housing {
        case .owned: return self[.housingOwned]
        case .rented: return self[.housingRented]
        case .charityHousing: return self[.housingCharity]
        case .other: return self[.housingOther]
        }
    }

    func priority(_ level: PriorityLevel) -> String {
        switch level {
        case .low: return self[.priorityLow]
        case .medium: return self[.priorityMedium]
        case .high: return self[.priorityHigh]
        case .critical: return self[.priorityCritical]
        }
    }

    func supporterKind(_ kind: SupporterKind) -> String {
        kind == .person ? self[.supporterPerson] : self[.supporterOrganization]
    }

    func supportKind(_ kind: SupportKind) -> String { kind == .cash ? self[.supportCash] : self[.supportInKind] }

    func volunteerStatus(_ status: VolunteerStatus) -> String {
        switch status {
        case .applied: return self[.volunteerApplied]
        case .approved: return self[.volunteerApproved]
        case .declined: return self[.volunteerDeclined]
        case .inactive: return self[.volunteerInactive]
        }
    }

    /// The button that moves an application to `status`.
    func volunteerAction(_ status: VolunteerStatus) -> String {
        switch status {
        case .approved: return self[.volunteerApprove]
        case .declined: return self[.volunteerDecline]
        case .inactive: return self[.volunteerDeactivate]
        case .applied: return self[.volunteerApplied]
        }
    }

    /// "١٬٥٠٠٫٥٠ ريال" / "1,500.50 SAR".
    func money(_ amount: Money) -> String {
        let whole = amount.halalas / 100
        let fraction = amount.halalas % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        var text = digits + grouped + (fraction == 0 ? "" : String(format: ".%02d", fraction))
        if language == .arabic {
            text = localizedDigits(text).replacingOccurrences(of: ",", with: "٬").replacingOccurrences(
                of: ".", with: "٫")
        }
        return text + " " + self[.currency]
    }
}
