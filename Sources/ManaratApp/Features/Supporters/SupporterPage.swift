/// One supporter's file: who they are, how to reach them, what they gave and every contact.
enum SupporterPage {}
