/// One notification wording, as an administrator edits it.
enum TemplateEditorPage {}
