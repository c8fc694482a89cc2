import Plot
import Vapor

/// The public front page.
enum HomePage {
    static func render(context: PageContext) -> String {
        let strings = context.strings
        let channels: [Key] = [
            .channelInterview, .channelPhone, .channelSocialMedia, .channelLetter, .channelAssistanceRequest,
            .channelVolunteering, .channelWebsite, .channelBranchRepresentative,
        ]
        return Layout.render(
            title: strings[.homeTitle], context: context,
            content: .group(
                .h1(.text(strings[.homeTitle])),
                .div(.class("card"), .p(.text(strings[.homeIntro]))),
                .h2(.text(strings[.homeChannels])),
                .ul(.class("card"), .forEach(channels) { .li(.text(strings[$0])) }),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(PublicURL.volunteerApply.path), .text(strings[.homeVolunteer])),
                    .a(.class("button button-secondary"), .href(StaffURL.signIn.path), .text(strings[.navStaffSignIn])))
            ))
    }
}
