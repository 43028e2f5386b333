package classroom

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// exerciseCSS styles the classroom pages (kept here, beside them, so the
// annotator's stylesheet stays its owners').
const exerciseCSS = `<style>
.ex-page{max-width:70rem;margin:0 auto;padding:1rem 1.5rem;font-family:system-ui,sans-serif;line-height:1.45}
.ex-page h1{margin:.2rem 0 1rem}
.ex-page section{margin:1.2rem 0;padding:1rem;border:1px solid #ddd;border-radius:.5rem;background:#fff}
.ex-page section>h2:first-child{margin-top:0}
.ex-page a{color:var(--accent,#1a5fb4)}
.ex-page label{display:block;margin:.5rem 0 .2rem;font-weight:600}
.ex-page input[type=text],.ex-page textarea,.ex-page select,.ex-page input[type=datetime-local]{width:100%;max-width:40rem;padding:.4rem;font:inherit;box-sizing:border-box}
.ex-page .inline label{display:inline-block;margin-right:1rem;font-weight:normal}
.ex-page fieldset{border:1px solid #ddd;border-radius:6px;margin:.6rem 0;padding:.3rem .8rem .6rem}
.ex-page button{font:inherit;padding:.4rem .9rem;margin:.3rem .4rem .3rem 0;border-radius:6px;border:1px solid #b8b2a4;background:#fff;color:#1d1d1f;cursor:pointer}
.ex-page button:hover:not(:disabled){border-color:var(--accent,#1a5fb4)}
.ex-page button.primary{background:var(--accent,#1a5fb4);color:#fff;border-color:var(--accent,#1a5fb4)}
.ex-page button.danger{background:#a4262c;color:#fff;border-color:#a4262c}
.ex-page input[type=checkbox]{width:1.1rem;height:1.1rem;vertical-align:-.2rem;margin:0 .3rem 0 0}
.ex-page input[type=datetime-local]:focus{outline:3px solid #1a73e8;outline-offset:2px}
.ex-page input[type=datetime-local]{border:1px solid #cfcabd;border-radius:6px;background:#fff}
.ex-page button:disabled{opacity:.5;cursor:default}
.ex-page table{border-collapse:collapse;margin:.5rem 0}
.ex-page th,.ex-page td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}
.ex-page th.key-quote{font-weight:normal}
.ex-code{font-size:2rem;font-weight:700;letter-spacing:.15em;font-family:ui-monospace,monospace}
.ex-error{color:#a51d2d;white-space:pre-wrap}
.muted{color:#666}
.ex-state{display:inline-block;padding:.1rem .5rem;border-radius:1rem;background:#eee;font-size:.9rem}
.ex-heat{max-height:30rem;overflow:auto;border:1px solid #eee;padding:.5rem 1rem}
.heat{border-radius:.2rem;padding:.05rem 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.heat-legend{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .8rem;margin:.4rem 0 .6rem;font-size:.9rem}
.heat-legend ul{display:flex;flex-wrap:wrap;gap:.3rem .9rem;list-style:none;margin:0;padding:0}
.heat-legend li{display:flex;align-items:center;gap:.35rem}
.heat-swatch{display:inline-block;width:1.6rem;height:1rem;border-radius:.2rem;border:1px solid #e0d6c8}
.heat-top:not([open]):not(:focus-within){position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.heat-top{margin:0 0 .5rem}
.heat-top summary{cursor:pointer}
.fb-key{margin:.5rem 0}
.fb-outcome{display:inline-block;min-width:9rem;font-weight:600}
.fb-key[data-outcome=found] .fb-outcome{color:#1b7a45}
.fb-key[data-outcome=partly] .fb-outcome{color:#a63c00}
.fb-key[data-outcome=missed] .fb-outcome{color:#a51d2d}
.fb-details div[data-verdict=wrong]{color:#a51d2d}
.fb-details div[data-verdict=right]{color:#1b7a45}
.fb-where{margin-right:.5rem}
.ex-page button.fb-goto{font-size:.85rem;padding:.1rem .6rem;margin:0}
.ex-flash{outline:3px solid #f5c211;outline-offset:4px;border-radius:3px;transition:outline-color 1s}
.ex-attempts{font-size:.9rem}
.ex-student-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .6rem;background:#eef2f8;border-bottom:1px solid #c9d3e3;padding:.7rem 1.25rem;font-family:var(--sans,system-ui,sans-serif)}
.ex-student-bar h1,.ex-student-bar .ex-instr,.ex-student-bar .ex-error,.ex-student-bar .ex-next{flex-basis:100%;margin:0}
.ex-student-bar .ex-changed{background:#fff4ce;border-left:4px solid #a63c00;padding:.3rem .6rem}
.ex-student-bar [data-ok=false]{color:#a51d2d;font-weight:600}
.ex-student-bar h1{font-size:1.2rem;color:var(--accent,#23395b)}
.ex-student-bar .ex-instr{white-space:pre-wrap;max-width:60rem}
.ex-student-bar p{margin:0}
.ex-student-bar label{font-weight:600;font-size:.9rem}
.ex-student-bar input[type=text]{width:16rem;max-width:100%;padding:.35rem .5rem;font:inherit;border:1px solid #b8b2a4;border-radius:6px;background:#fff}
.ex-student-bar button{font:inherit;font-size:.9rem;min-height:2rem;padding:.3rem .8rem;border-radius:6px;border:1px solid #b8b2a4;background:#fff;color:var(--ink,#1d1d1f);cursor:pointer}
.ex-student-bar button.primary{background:var(--accent,#23395b);color:#fff;border-color:var(--accent,#23395b)}
.ex-student-bar button:disabled{opacity:.55;cursor:default}
.ov-key{text-decoration:underline 2px #1a5fb4;text-underline-offset:3px}
.ov-student{background:#ffd8a8}
.ov-both{background:#b5e3c4;text-decoration:underline 2px #1a5fb4;text-underline-offset:3px}
.ex-page input[aria-invalid=true]{border:2px solid #a51d2d}
.ex-offscreen{position:absolute;left:-9999px;width:1px;height:1px}
.ex-page #share p{margin:.4rem 0}
.ex-page #join-link{margin-right:.6rem;overflow-wrap:anywhere}
.ex-page details summary{cursor:pointer;font-weight:600}
.ex-page #teacher-link{width:100%;max-width:40rem;padding:.4rem;font:inherit;box-sizing:border-box}
.ex-drop{border:2px dashed #999;padding:1rem;border-radius:.5rem}
@media (max-width:760px){
.ex-page{padding:.8rem .6rem}
.ex-page section{padding:.8rem}
.ex-page table{display:block;max-width:100%;overflow-x:auto}
.fb-outcome{display:block;min-width:0}
}
</style>`

func exerciseStyle() app.UI { return app.Raw(exerciseCSS) }
