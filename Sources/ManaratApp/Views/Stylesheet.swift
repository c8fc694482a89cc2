import Crypto
import Foundation

/// The one stylesheet, served from memory with a content hash in its URL so browsers may cache
/// it for a year. Mobile first; logical properties so the same rules serve right-to-left and
/// left-to-right; system fonts only, as branch offices may have no internet.
enum Stylesheet {
    static let url = PublicURL.stylesheet.path + "?v=" + version
    static let version = String(
        SHA256.hash(data: Data(css.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12))

    static let css = """
        :root{--ink:#1c2430;--muted:#4f5b6b;--line:#d5dbe3;--bg:#f6f7f9;--card:#fff;--brand:#0b5d57;--brand-ink:#fff;--accent:#8a5a00;--error:#b3261e;--ok:#1e6b34;--focus:#f2b400}
        *{box-sizing:border-box}
        html{font-size:100%;-webkit-text-size-adjust:100%}
        body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Noto Sans","DejaVu Sans",Tahoma,Arial,sans-serif;line-height:1.7;color:var(--ink);background:var(--bg)}
        html[lang=ar]{font-size:106.25%}
        html[lang=ar] ol{list-style-type:arabic-indic}
        html[lang=en] body{font-family:"Noto Sans","DejaVu Sans",Arial,"Noto Naskh Arabic",sans-serif;line-height:1.5}
        a{color:var(--brand);text-underline-offset:.3em}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip-link{position:absolute;inset-inline-start:-999px;top:0;background:var(--card);padding:.5rem 1rem;z-index:10}
        .skip-link:focus{inset-inline-start:0}
        .topbar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.5rem 1rem;background:var(--brand);color:var(--brand-ink)}
        .topbar a,.topbar .link-button{color:var(--brand-ink)}
        .brand{font-weight:700;font-size:1.25rem;text-decoration:none;margin-inline-end:auto}
        .topbar nav{order:3;flex-basis:100%}
        .topbar nav ul{display:flex;flex-wrap:wrap;gap:0 1rem;list-style:none;margin:0;padding:0}
        .topbar nav a{display:inline-flex;align-items:center;padding:.25rem;min-height:44px;white-space:nowrap}
        .topbar nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
        .topbar-actions{display:flex;gap:.5rem;align-items:center}
        .topbar-actions form{margin:0}
        .link-button{background:none;border:0;padding:.5rem .25rem;font:inherit;text-decoration:underline;cursor:pointer;min-height:44px}
        main{display:block;max-width:72rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.25rem 0 .5rem}
        .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;margin-block-end:1rem}
        .narrow{max-width:28rem;margin-inline:auto}
        .tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem;list-style:none;padding:0}
        .tiles a{display:block;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem;text-decoration:none;color:var(--ink);min-height:44px}
        .tiles a strong{display:block;color:var(--brand)}
        .field{margin:0 0 1rem;border:0;padding:0;min-width:0;max-width:40rem}
        .field label,legend{display:block;font-weight:700;margin-block-end:.25rem;padding:0}
        .check{display:flex;gap:.5rem;align-items:center;min-height:44px;margin-block-end:.25rem}
        .check input{flex:0 0 auto}
        .check label{font-weight:400;margin:0;line-height:1.4}
        input[type=text],input[type=password],input[type=search],input[type=date],input[type=email],input[type=tel],select,textarea{width:100%;font:inherit;padding:.6rem .75rem;border:1px solid #8792a2;border-radius:6px;background:#fff;color:var(--ink);min-height:44px}
        input[type=checkbox],input[type=radio]{width:1.5rem;height:1.5rem;accent-color:var(--brand)}
        input[type=file]{width:100%;min-height:44px;padding:.5rem;border:1px dashed #8792a2;border-radius:6px;background:#fff;font:inherit}
        input[type=file]::file-selector-button{min-height:40px;padding:.4rem .9rem;margin-inline-end:.75rem;border:2px solid var(--brand);border-radius:6px;background:#fff;color:var(--brand);font:inherit;cursor:pointer}
        .field-invalid input,.field-invalid select{border-color:var(--error);border-width:2px}
        .hint{color:var(--muted);margin:0 0 .25rem;font-size:.95rem}
        .error{color:var(--error);font-weight:700;margin:0 0 .25rem}
        .button,button[type=submit]:not(.link-button){display:inline-flex;align-items:center;justify-content:center;font:inherit;font-weight:700;padding:.6rem 1.25rem;min-height:44px;border-radius:6px;border:0;background:var(--brand);color:var(--brand-ink);cursor:pointer;text-decoration:none}
        .button-secondary{background:#fff;color:var(--brand);border:2px solid var(--brand)}
        .actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;margin-block:1rem}
        .actions a:not(.button),.pager a{display:inline-flex;align-items:center;min-height:44px}
        ul.card,ol.card{padding-inline-start:2.5rem}
        .card>p:first-child,.card>h1:first-child{margin-block-start:0}
        .card>p:last-child{margin-block-end:0}
        .nowrap{white-space:nowrap}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .date-inputs{display:grid;grid-template-columns:minmax(7.5rem,1fr) auto;gap:.5rem}
        textarea{width:100%;font:inherit;padding:.6rem .75rem;border:1px solid #8792a2;border-radius:6px}
        .grid-2{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:0 1.25rem;align-items:end}
        .grid-2 .field{max-width:none}
        dl.facts{display:grid;grid-template-columns:13rem 1fr;gap:.35rem 1rem;margin:0}
        dl.facts dt{font-weight:700;color:var(--muted)}
        dl.facts dd{margin:0}
        .timeline{list-style:none;padding:0;margin:0}
        .timeline li{border-inline-start:3px solid var(--line);padding:.25rem .75rem .75rem;margin-inline-start:.25rem}
        .flag{display:inline-block;padding:0 .5rem;border-radius:4px;background:#fdeceb;color:var(--error);font-weight:700}
        .level-critical,.level-high{background:#fdeceb;color:var(--error)}
        .level-medium{background:#fff7e0;color:var(--accent)}
        .search-form{display:flex;gap:.5rem;align-items:end;flex-wrap:wrap}
        .search-form .field{flex:1 1 16rem;margin:0}
        .inline-form{display:inline}
        .break{overflow-wrap:anywhere}
        .alert{border-radius:8px;padding:.75rem 1rem;margin-block-end:1rem;border:1px solid}
        .alert-error{background:#fdeceb;border-color:var(--error)}
        .alert-ok{background:#e8f4ec;border-color:var(--ok)}
        .alert-info{background:#fff7e0;border-color:var(--accent)}
        .alert ul{margin:.25rem 0 0;padding-inline-start:1.25rem}
        .secret{font-family:"DejaVu Sans Mono",monospace;font-size:1.2rem;direction:ltr;unicode-bidi:isolate;background:#fff;border:1px dashed var(--ink);padding:.25rem .5rem}
        .table-wrap{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:8px}
        table{border-collapse:collapse;width:100%}
        th,td{text-align:start;padding:.5rem .75rem;border-block-end:1px solid var(--line);vertical-align:top}
        th{background:#eef1f4}
        .badge{display:inline-block;padding:0 .5rem;border-radius:999px;background:#e6eef5;font-size:.9rem;margin-inline-end:.25rem;white-space:nowrap}
        .badge-off{background:#f3e3e3}
        .note-ok{display:inline-block;padding:0 .5rem;border-radius:4px;background:#e6f2ea}
        .filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:0 1rem;align-items:start}
        .pager{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;margin-block:1rem}
        .pager a{padding-inline:.5rem}
        .pager a[aria-current]{font-weight:700;text-decoration-thickness:3px}
        .muted{color:var(--muted)}
        .ltr{direction:ltr;unicode-bidi:isolate}
        .site-footer{max-width:72rem;margin:2rem auto 0;padding:1rem;color:var(--muted);border-block-start:1px solid var(--line);font-size:.95rem}
        .site-footer p{margin:.25rem 0}
        @media (max-width:47.99rem){
        .data-table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        .data-table,.data-table tbody,.data-table tr,.data-table td{display:block;width:100%}
        .data-table tr{border-block-end:2px solid var(--line);padding-block:.5rem}
        .data-table td{border:0;padding:.2rem .75rem;display:grid;grid-template-columns:7.5rem 1fr;gap:.5rem}
        .data-table td::before{content:attr(data-label);font-weight:700;color:var(--muted)}
        .data-table td>*{justify-self:start}
        .data-table .nowrap{white-space:normal}
        .data-table td form{grid-column:1/-1}
        .data-table td:has(form){display:block}
        .data-table td .cell{min-width:0}
        dl.facts{grid-template-columns:1fr;gap:0}
        dl.facts dd{margin-block-end:.5rem}
        .table-wrap{overflow-x:visible}
        }
        @media (min-width:48rem){main{padding:1.5rem 2rem}h1{font-size:1.8rem}.topbar nav{order:0;flex-basis:auto}.site-footer{padding-inline:2rem}}
        .stack>*+*{margin-block-start:1rem}
        .chart{width:100%;max-width:40rem;height:auto;font-family:inherit}
        .big{font-size:2rem;font-weight:700;margin:.25rem 0;color:var(--brand)}
        blockquote{margin:0 0 1rem;padding:.5rem 1rem;border-inline-start:4px solid var(--brand);background:#f0f6f5}
        .tiles a[aria-current]{border-color:var(--brand);border-width:3px}
        .minutes-table{border:1px solid var(--ink)}
        .minutes-table th,.minutes-table td{border:1px solid var(--ink)}
        .signatures li{margin-block:1.5rem;border-block-end:1px dotted var(--ink);padding-block-end:.25rem}
        @media print{.topbar,.site-footer,.skip-link,.actions,details,form{display:none}body{background:#fff;font-size:12pt}main{max-width:none;padding:0}.card{border:0}a{color:inherit;text-decoration:none}}
        """
}
