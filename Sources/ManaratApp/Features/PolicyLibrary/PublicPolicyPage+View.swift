import Foundation
import ManaratDomain
import Plot

extension PublicPolicyPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        Layout.render(
            title: PolicyLibraryText(strings: context.strings).document(.relationsPolicy), context: context,
            content: PolicyDocumentView.render(model.version, fileLink: PublicURL.policyFile.path, context: context))
    }
}
