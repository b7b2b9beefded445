#include "report/html_style.h"

namespace qa {

std::string_view HtmlReportStyle() {
  // Speaker colours: --bg highlights the quote, --fg draws borders and the
  // speaker's mention. Finding marks are underlines, so they stay visible on
  // any highlight. Keep in step with docs/output-formats.md#html.
  static constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --paper: #ffffff; --page: #f6f8fa; --error: #cf222e; --warning: #bc4c00; --info: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
header.page { padding: 16px 24px 8px; }
header.page h1 { margin: 0; font-size: 22px; }
header.page p { margin: 4px 0; color: var(--muted); }
main { display: flex; flex-direction: column; gap: 16px; padding: 8px 24px 32px; }
#summary { order: -1; }
section.box { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 20px 16px; }
h2 { margin: 4px 0 8px; font-size: 18px; overflow-wrap: anywhere; }
h3 { margin: 16px 0 6px; font-size: 14px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); }
a { color: var(--info); text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; font-size: 13.5px; }
th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.n, th.n { text-align: right; padding-right: 14px; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; border-bottom: none; }
code { font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0;
  list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 12px; padding: 0 10px;
  font-size: 13px; }
.counts li.error { color: var(--error); border-color: var(--error); }
.counts li.warning { color: var(--warning); border-color: var(--warning); }
.counts li.info { color: var(--info); border-color: var(--info); }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 20px; }
@media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
.article { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; padding: 12px 16px;
  background: #fffdf8; border: 1px solid var(--line); border-radius: 6px;
  font: 16px/1.75 Georgia, "DejaVu Serif", serif; max-height: 80vh; overflow: auto; }
.s0 { --bg: #fde68a; --fg: #b45309; } .s1 { --bg: #bae6fd; --fg: #0369a1; }
.s2 { --bg: #bbf7d0; --fg: #15803d; } .s3 { --bg: #fbcfe8; --fg: #be185d; }
.s4 { --bg: #ddd6fe; --fg: #6d28d9; } .s5 { --bg: #fed7aa; --fg: #c2410c; }
.s6 { --bg: #99f6e4; --fg: #0f766e; } .s7 { --bg: #d9f99d; --fg: #4d7c0f; }
.s8 { --bg: #c7d2fe; --fg: #4338ca; } .s9 { --bg: #e7e5e4; --fg: #57534e; }
.qn { --bg: #f1f1f1; --fg: #6e7781; }
.q { background: var(--bg); border-radius: 3px; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; padding: 1px 0; }
.q.qn { background: repeating-linear-gradient(135deg, #ffffff 0 4px, #ececec 4px 8px);
  outline: 1px dashed var(--fg); }
.who { border-bottom: 2px solid var(--fg, var(--muted)); font-weight: 600; }
.cue { font-style: italic; border-bottom: 1px dotted var(--muted); }
.f { text-decoration-line: underline; text-decoration-skip-ink: none;
  text-underline-offset: 4px; text-decoration-thickness: 2px; }
.f-error { text-decoration-style: wavy; text-decoration-color: var(--error); }
.f-warning { text-decoration-style: wavy; text-decoration-color: var(--warning); }
.f-info { text-decoration-style: dotted; text-decoration-color: var(--info); }
.point::before { content: "\25B2"; font: 11px/1 system-ui, sans-serif; vertical-align: sub; }
.point.f-error::before { color: var(--error); }
.point.f-warning::before { color: var(--warning); }
.point.f-info::before { color: var(--info); }
.anchor { scroll-margin-top: 30vh; }
.anchor:target::before { content: "\25B6"; color: var(--error); font: 13px/1 system-ui; }
.point:target { outline: 2px solid var(--error); }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px;
  border-radius: 3px; background: var(--bg); border: 1px solid var(--fg);
  vertical-align: -1px; }
.swatch.qn { background: repeating-linear-gradient(135deg, #ffffff 0 2px, #cccccc 2px 4px);
  border-style: dashed; }
aside ul, aside ol { margin: 0; padding: 0; list-style: none; }
.legend li { padding: 2px 0; }
.legend .also { padding-left: 18px; font-size: 13px; }
.legend .also, .kind, .excerpt, .note, .why { color: var(--muted); }
.kind { font-size: 12.5px; }
.findings li { border-left: 3px solid var(--line); padding: 4px 0 4px 10px; margin: 6px 0; }
.findings li.error { border-left-color: var(--error); }
.findings li.warning { border-left-color: var(--warning); }
.findings li.info { border-left-color: var(--info); }
.findings li.suppressed { opacity: .6; }
.sev { display: inline-block; min-width: 56px; font-weight: 600; font-size: 12.5px; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); }
.sev.info { color: var(--info); }
.excerpt, .note { font-size: 13px; overflow-wrap: anywhere; }
.excerpt { font-family: Georgia, "DejaVu Serif", serif; font-style: italic; }
.quotes { width: 100%; }
.quotes th, .quotes td { white-space: nowrap; }
.quotes td.text { white-space: normal; width: 100%; }
.quotes td.text { min-width: 240px; font-family: Georgia, "DejaVu Serif", serif; overflow-wrap: anywhere; }
.input-error { color: var(--error); font-weight: 600; }
.problems li { color: var(--warning); }
.none { color: var(--muted); font-style: italic; }
)css";
  return kStyle;
}

}  // namespace qa
