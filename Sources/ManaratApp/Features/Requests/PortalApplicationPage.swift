/// The portal's application form for one service: a new application, or a draft finished later.
enum PortalApplicationPage {}
