// The report's inline style sheet and script: no fonts, images or scripts are fetched.
#include "report/html_report.h"

namespace dossier::report::html {

std::string_view style_sheet() {
  return R"css(
:root{--ink:#1c1f23;--muted:#5d646d;--line:#dde1e6;--soft:#f5f6f8;--accent:#1f5fa8;
--person:#2b6cb0;--org:#7b3fe4;--place:#2f855a;--norp:#c05621;--misc:#8a94a3;
--serif:Georgia,"Iowan Old Style","Times New Roman",serif}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top,main,footer{max-width:72rem;margin:0 auto;padding-left:1.5rem;padding-right:1.5rem}
header.top{padding-top:2rem;padding-bottom:1rem}
header.top h1{margin:0;font-size:2rem;letter-spacing:-.01em}
header.top p{margin:.3rem 0 0;color:var(--muted)}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);
border-bottom:1px solid var(--line)}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;list-style:none;margin:0 auto;
padding:.55rem 1.5rem;max-width:72rem;font-size:.9rem}
nav.toc a{color:var(--ink);text-decoration:none}
nav.toc a:hover{color:var(--accent)}
.count{color:var(--muted);font-weight:400;font-size:.8em}
main{padding-bottom:3rem}
section{border-top:1px solid var(--line);margin-top:2rem;padding-top:1.2rem}
section:first-child{border-top:none;margin-top:1rem;padding-top:0}
h2{font-size:1.45rem;margin:0 0 1rem}
h3{font-size:1.08rem;margin:1.2rem 0 .5rem}
a{color:var(--accent)}
small,.meta,.legend{color:var(--muted)}
.none{color:var(--muted);font-style:italic}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.6rem;
margin-bottom:1rem}
.stat{display:block;padding:.65rem .9rem;border:1px solid var(--line);border-radius:8px;
background:var(--soft);color:var(--muted);text-decoration:none;font-size:.9rem}
.stat b{display:block;font-size:1.6rem;line-height:1.15;color:var(--ink)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.94rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.sources{width:auto;min-width:50%}
table.entities{table-layout:fixed}
table.entities th:nth-child(1){width:26%}
table.entities th:nth-child(2){width:22%}
table.entities th:nth-child(3){width:30%}
table.entities td{overflow-wrap:anywhere}
.id,.type,.country,.code{font:500 .7rem/1 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:.12rem .3rem;
white-space:nowrap;vertical-align:middle}
ul.roles{margin:0;padding-left:1rem}
.status{font-size:.72rem;padding:.05rem .35rem;border-radius:3px;background:#e6effc;color:#1a4f8a}
.status.former{background:#ececec;color:#555}
.status.acting{background:#fff3d1;color:#7a5a00}
.status.future{background:#e3f5ea;color:#1e6b3a}
a.cite{font-size:.84rem;white-space:nowrap;color:var(--muted)}
a.cite:hover,a.passage:hover{color:var(--accent)}
a.passage{color:inherit;text-decoration-color:var(--line)}
.story,.conflict,.speaker{border:1px solid var(--line);border-radius:10px;
padding:.1rem 1.1rem .6rem;margin:0 0 1rem;break-inside:avoid}
.story .meta{margin-top:-.3rem}
ol.summary li{margin:.35rem 0;font-family:var(--serif)}
ul.articles{padding-left:1.1rem;font-size:.93rem}
.same-event{font-size:.9rem}
ul.quotes{list-style:none;padding:0;margin:0}
ul.quotes li{margin:.7rem 0}
blockquote{margin:0;padding:.05rem 0 .05rem .9rem;border-left:3px solid #e0b94a;
font-family:var(--serif);font-size:1.03rem}
li.q-indirect blockquote{border-left-color:#cfd4da;font-style:italic}
li.q-partial blockquote{border-left-style:dashed}
p.meta{margin:.15rem 0 0 .9rem;font-size:.85rem}
details.more>summary{cursor:pointer;color:var(--accent);font-size:.9rem;margin:.3rem 0}
.kind{text-transform:uppercase;font-size:.7rem;letter-spacing:.05em}
.unlinked{font-size:.72rem;font-weight:400;color:var(--muted)}
.badge{font-size:.72rem;padding:.12rem .45rem;border-radius:4px;vertical-align:middle;
font-weight:600}
.badge.contradicts{background:#fde2e1;color:#9b1c1c}
.badge.differs{background:#fff1d6;color:#8a5a00}
td.value{font-weight:600}
ol.timeline{list-style:none;padding:0 0 0 1.1rem;margin:0;border-left:2px solid var(--line)}
li.day{position:relative}
li.day::before{content:"";position:absolute;left:-1.52rem;top:.42rem;width:.6rem;height:.6rem;
border-radius:50%;background:var(--accent)}
li.day h3{margin:.9rem 0 .3rem;font-size:1rem}
li.day ul{list-style:none;padding:0;margin:0 0 .5rem}
li.day li{margin:.22rem 0;font-size:.94rem}
.what{display:inline-block;min-width:5.6rem;font-size:.72rem;text-transform:uppercase;
letter-spacing:.05em;color:var(--muted)}
li.mention .what{min-width:0;text-transform:none;letter-spacing:0;font-size:.94rem;
color:var(--ink);font-weight:600}
.controls input{font:inherit;padding:.35rem .6rem;border:1px solid var(--line);border-radius:6px;
min-width:16rem}
.controls button{font:inherit;font-size:.85rem;padding:.3rem .75rem;border:1px solid var(--line);
border-radius:6px;background:var(--soft);cursor:pointer}
.legend{font-size:.85rem;line-height:1.9}
details.article{border:1px solid var(--line);border-radius:8px;margin:.45rem 0}
details.article>summary{cursor:pointer;padding:.55rem .9rem}
details.article[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
summary .date{display:inline-block;min-width:6.6rem;color:var(--muted);font-size:.85rem;
font-variant-numeric:tabular-nums}
summary .source{color:var(--muted);font-size:.85rem;margin-right:.35rem}
summary .title{font-weight:600}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.8rem .9rem;
font-size:.85rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;color:var(--ink);overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:var(--serif);font-size:1.06rem;
line-height:1.7;max-width:44rem;padding:.2rem .9rem 1.1rem}
.hd-headline{font-weight:700;font-size:1.18em}
.hd-byline,.hd-date-line,.hd-header{color:var(--muted);font-style:italic}
.hd-dateline,.hd-subhead{font-weight:700}
.m{border-bottom:2px solid var(--misc);cursor:pointer}
.m-person{border-bottom-color:var(--person)}
.m-org{border-bottom-color:var(--org)}
.m-gpe,.m-loc{border-bottom-color:var(--place)}
.m-norp{border-bottom-color:var(--norp)}
.m.un{border-bottom-style:dotted;cursor:help}
.r{background:#eee8fb}
.q{background:#fff3c8}
.q.q-indirect{background:#f1f2ee}
.t{background:#d5efea}
.v{background-image:linear-gradient(transparent 84%,#f0b3ae 84%)}
.vt{font-weight:700}
.p{outline:1px dashed #7f9cc6;outline-offset:1px}
:target,.flash{animation:flash 2.4s ease-out 1}
@keyframes flash{0%,40%{box-shadow:0 0 0 .25rem #ffd54f}100%{box-shadow:0 0 0 .25rem transparent}}
footer{color:var(--muted);font-size:.85rem;padding-bottom:3rem}
@media (max-width:44rem){dl.meta{grid-template-columns:1fr}table.entities{table-layout:auto}}
@media print{
nav.toc,.controls{display:none}
body{font-size:10.5pt}
a{color:inherit;text-decoration:none}
section{margin-top:1rem}
#articles{break-before:page}
details.article{border:none;border-top:1px solid #999;border-radius:0;margin:1rem 0}
details.article>summary{list-style:none;font-size:1.05rem;background:none}
.text{max-width:none;font-size:10.5pt}
.stat,.q,.t,.r,.v,.m,.badge,.status{-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr,.story,.conflict,.speaker,li.day{break-inside:avoid}
:target,.flash{animation:none}
}
)css";
}

std::string_view script() {
  return R"js(
(function () {
  "use strict";
  function reveal(id) {
    var target = id && document.getElementById(id);
    for (var e = target; e; e = e.parentElement) if (e.tagName === "DETAILS") e.open = true;
    return target;
  }
  function flash(target) {
    target.classList.remove("flash");
    void target.offsetWidth;
    target.classList.add("flash");
  }
  function follow() {
    var target = reveal(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView({block: "center"}); flash(target); }
  }
  document.addEventListener("click", function (event) {
    var anchor = event.target.closest("a[href^='#']");
    if (anchor) {
      var target = reveal(anchor.getAttribute("href").slice(1));
      if (target && location.hash === anchor.getAttribute("href")) {
        event.preventDefault();
        target.scrollIntoView({block: "center"});
        flash(target);
      }
      return;
    }
    var mention = event.target.closest("[data-e]");
    if (mention) location.hash = "e" + mention.getAttribute("data-e");
    var button = event.target.closest("button[data-articles]");
    if (button) {
      var open = button.getAttribute("data-articles") === "open";
      document.querySelectorAll("details.article").forEach(function (d) { d.open = open; });
    }
  });
  var filter = document.getElementById("entity-filter");
  if (filter) filter.addEventListener("input", function () {
    var words = filter.value.toLowerCase();
    document.querySelectorAll("table.entities tbody tr").forEach(function (row) {
      row.hidden = words !== "" && row.textContent.toLowerCase().indexOf(words) < 0;
    });
  });
  window.addEventListener("hashchange", follow);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  if (location.hash) follow();
})();
)js";
}

}  // namespace dossier::report::html
