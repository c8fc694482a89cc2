/// Completing a draft's or an incomplete request's data at the desk: its fields, description and amount.
enum RequestEditPage {}
