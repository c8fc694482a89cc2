import Foundation
import ManaratDomain
import Vapor

/// The applicant's attestation, recorded at the desk with the signed form's scan, or ticked in
/// the portal.
struct AttestationForm: Content {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case confirmed, channel, signedForm
    }

    var confirmed: String?
    var channel: String?
    var signedForm: File?

    /// The channel the attestation came through, at the desk; the interview when none was chosen.
    var attestedThrough: ContactChannel { channel.flatMap(ContactChannel.init(rawValue:)) ?? .interview }

    /// The attestation at the desk: confirmed, and in person with the signed form's scan checked
    /// by its content; or every problem.
    func parsedAtDesk(maximumBytes: Int) -> (signedForm: DocumentUpload?, problems: [RequestProblem]) {
        var problems: [RequestProblem] = []
        if confirmed != "on" { problems.append(.attestationUnconfirmed) }
        var signed: DocumentUpload?
        if attestedThrough != .website {
            // In person, the applicant signs the printed attestation; its scan is kept as proof.
            if let signedForm {
                switch Uploads.check(signedForm, maximumBytes: maximumBytes) {
                case .success(let (format, bytes)):
                    signed = DocumentUpload(
                        kind: .signedAttestation, format: format, bytes: bytes,
                        originalName: Uploads.displayName(signedForm.filename), issuedOn: nil, expiresOn: nil,
                        printedIdentity: nil)
                case .failure(let refusal): problems.append(.upload(.signedForm, refusal))
                }
            } else {
                problems.append(.signedFormMissing)
            }
        }
        return (signed, problems)
    }
}
