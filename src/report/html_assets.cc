// The report's inline style sheet and script: no fonts, images or scripts are fetched.
#include "report/html_report.h"

namespace dossier::report::html {

std::string_view style_sheet() {
  return R"css(
:root{--ink:#1c1f23;--muted:#59616b;--line:#dde1e6;--soft:#f5f6f8;--accent:#1f5fa8;
--person:#2b6cb0;--org:#7b3fe4;--place:#2f855a;--norp:#c05621;--misc:#8a94a3;
--serif:Georgia,"Iowan Old Style","Times New Roman",serif}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header.top,main,footer{max-width:76rem;margin:0 auto;padding-left:1.5rem;padding-right:1.5rem}
header.top{padding-top:1.6rem;padding-bottom:.8rem}
header.top h1{margin:0;font-size:1.9rem;line-height:1.25;letter-spacing:-.01em}
body:not(.all) .unsure{display:none}
.unsure{opacity:.8}
p.thresholds{margin:.4rem 0 0;font-size:.85rem;color:var(--muted,#555)}
p.thresholds label{font-weight:600;color:var(--ink);margin-right:.4rem}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.97);
border-bottom:1px solid var(--line)}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;list-style:none;margin:0 auto;
padding:.55rem 1.5rem;max-width:76rem;font-size:.9rem}
nav.toc a{color:var(--ink);text-decoration:none}
nav.toc a:hover{color:var(--accent)}
.count{color:var(--muted);font-weight:400;font-size:.8em}
main{padding-bottom:3rem}
section{border-top:1px solid var(--line);margin-top:2.2rem;padding-top:1.2rem;scroll-margin-top:3rem}
section:first-child{border-top:none;margin-top:1rem;padding-top:0}
[id]{scroll-margin-top:3.5rem}
h2{font-size:1.5rem;margin:0 0 .8rem}
h3{font-size:1.1rem;margin:1.3rem 0 .5rem}
h4{font-size:1rem;margin:.2rem 0 .3rem}
a{color:var(--accent)}
small,.meta,.legend,.intro{color:var(--muted)}
.intro{font-size:.9rem;margin:-.3rem 0 1rem;max-width:52rem}
.none{color:var(--muted);font-style:italic}
mark{background:#ffe27a;color:inherit;padding:0 .1em;border-radius:2px}
q{quotes:"“" "”"}
.note{background:#fff6dd;border-left:3px solid #d9a400;padding:.3rem .6rem;max-width:56rem}
.lede{font-size:1.12rem;max-width:56rem;margin:.2rem 0 1rem}
.glance{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:0 2.2rem}
.glance h3{margin-top:.4rem}
ol.summary{padding-left:1.3rem;margin:.3rem 0}
ol.summary li{margin:.35rem 0;font-family:var(--serif);font-size:1.04rem;line-height:1.5}
ul.key{list-style:none;padding:0;margin:.2rem 0 .8rem}
ul.key li{margin:.3rem 0;line-height:1.4}
.role{color:var(--muted);font-size:.9rem}
.disputed{color:#9b1c1c}
p.disputed{font-size:.9rem;margin:.3rem 0}
.to-all{margin:.2rem 0 .4rem;font-size:.9rem}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:.5rem;
margin:1.2rem 0 .6rem}
.stat{display:block;padding:.5rem .8rem;border:1px solid var(--line);border-radius:8px;
background:var(--soft);color:var(--muted);text-decoration:none;font-size:.85rem}
.stat b{display:block;font-size:1.4rem;line-height:1.15;color:var(--ink)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.93rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.74rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.sources{width:auto;min-width:50%}
.id,.type,.country,.code{font:500 .7rem/1 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:.12rem .3rem;
white-space:nowrap;vertical-align:middle}
.label{font-size:.72rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);
margin-right:.3rem}
.status{font-size:.72rem;padding:.05rem .35rem;border-radius:3px;background:#e6effc;color:#1a4f8a}
table.positions td.stance{white-space:nowrap;font-weight:600}
p.evidence{margin:.1rem 0 .35rem}
.status.former{background:#ececec;color:#555}
.status.acting{background:#fff3d1;color:#6b4f00}
.status.future{background:#e3f5ea;color:#1e6b3a}
a.cite{font-size:.82rem;white-space:nowrap;color:var(--muted)}
a.cite:hover{color:var(--accent)}
.basis{font-size:.68rem;padding:.02rem .3rem;border-radius:3px;background:#e3f5ea;color:#1e6b3a;
white-space:nowrap}
.basis.article{background:#eef0f3;color:#59616b}
.story,.conflict,.speaker,.card{border:1px solid var(--line);border-radius:10px;
padding:.2rem 1.1rem .7rem;margin:0 0 1rem;break-inside:avoid}
.story .meta{margin-top:-.3rem}
ul.articles{padding-left:1.1rem;font-size:.92rem}
ul.articles .date{display:inline-block;min-width:6.2rem;color:var(--muted)}
ul.compact,ul.speakers{padding-left:1.1rem;font-size:.92rem}
ul.compact li,ul.speakers li{margin:.35rem 0}
.same-event{font-size:.9rem}
details.more>summary{cursor:pointer;color:var(--accent);font-size:.9rem;margin:.4rem 0}
details.more[open]>summary{margin-bottom:.6rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:1rem;
align-items:start}
.card{margin:0;padding:.6rem 1rem .7rem}
.card h4{font-size:1.08rem}
.card p{margin:.25rem 0}
.facts{font-size:.88rem;color:var(--muted)}
.aliases{font-size:.9rem}
ol.roles{list-style:none;padding:0;margin:.4rem 0;font-size:.92rem}
ol.roles li{margin:.2rem 0;padding-left:.6rem;border-left:3px solid #c9d6ea}
blockquote{margin:0;padding:.05rem 0 .05rem .9rem;border-left:3px solid #e0b94a;
font-family:var(--serif);font-size:1.02rem}
blockquote.top{margin:.5rem 0 .2rem;font-size:.98rem}
.seen{font-size:.85rem}
table.tail td{padding:.25rem .6rem}
p.once{font-size:.88rem;line-height:1.7}
p.once a{color:inherit}
.speaker h3{margin:.8rem 0 .5rem}
ul.quotes{list-style:none;padding:0;margin:0}
ul.quotes li{margin:.7rem 0}
ul.quotes.compact blockquote{font-size:.95rem}
li.q-indirect blockquote{border-left-color:#cfd4da;font-style:italic}
li.q-partial blockquote{border-left-style:dashed}
p.meta{margin:.15rem 0 0 .9rem;font-size:.84rem}
.when{font-variant-numeric:tabular-nums}
.also{font-size:.84rem;color:var(--muted)}
.kind{text-transform:uppercase;font-size:.68rem;letter-spacing:.05em}
.badge{font-size:.72rem;padding:.12rem .45rem;border-radius:4px;vertical-align:middle;font-weight:600}
.badge.contradicts{background:#fde2e1;color:#9b1c1c}
.badge.differs{background:#fff1d6;color:#7a4f00}
.conflict{border-left:4px solid #e05252}
.conflict.differs{border-left-color:#e0a040}
.conflict h3{margin:.7rem 0 .3rem}
.to-entity{font-size:.8rem;font-weight:400}
.why{font-size:.92rem;margin:.2rem 0 .6rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.8rem}
.side{background:var(--soft);border-radius:8px;padding:.5rem .8rem}
.side .value{font-size:1.15rem;font-weight:700;margin:.1rem 0 0}
.side .n{font-size:.8rem;color:var(--muted);margin:0 0 .3rem}
.side ul{list-style:none;padding:0;margin:0}
.side li{margin:.5rem 0}
.side blockquote{font-size:.95rem;margin-bottom:.2rem}
ol.timeline{list-style:none;padding:0 0 0 1.2rem;margin:0;border-left:2px solid var(--line)}
li.month h3{margin:1.4rem 0 .2rem -1.2rem;padding-left:1.2rem;font-size:1.15rem}
li.day,li.period{position:relative}
li.day::before,li.period::before{content:"";position:absolute;left:-1.62rem;top:.45rem;
width:.62rem;height:.62rem;border-radius:50%;background:var(--accent)}
li.period::before{background:#fff;border:2px solid var(--accent)}
li.day h3,li.day h4,li.period h3,li.period h4{margin:.9rem 0 .25rem;font-size:1rem}
li.day ul,li.period ul{list-style:none;padding:0;margin:0 0 .4rem}
li.day li,li.period li{margin:.25rem 0;font-size:.93rem;line-height:1.45}
.tag{display:inline-block;min-width:4.6rem;font-size:.68rem;text-transform:uppercase;
letter-spacing:.05em;color:var(--muted)}
li.event .tag{color:#b42318;font-weight:700}
li.quote .tag{color:#8a5a00;font-weight:700}
li.published .tag{color:var(--accent);font-weight:700}
.busy{font-size:.72rem;font-weight:400;padding:.05rem .4rem;border-radius:3px;background:#fff1d6;
color:#7a4f00}
details.background{margin:.2rem 0 1rem}
.undated{font-size:.9rem}
table.events td.when{white-space:nowrap}
table.events tr{border-left:3px solid transparent}
table.events tr.quad1,table.events tr.quad2{border-left-color:#5fa872}
table.events tr.quad3,table.events tr.quad4{border-left-color:#e05252}
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
@media (max-width:52rem){.glance{grid-template-columns:1fr}dl.meta{grid-template-columns:1fr}
.cards{grid-template-columns:1fr}}
@media print{
nav.toc,.controls{display:none}
body{font-size:10pt}
header.top,main,footer{max-width:none;padding:0}
a{color:inherit;text-decoration:none}
section{margin-top:1rem}
#articles{break-before:page}
details>summary{list-style:none}
details.article{border:none;border-top:1px solid #999;border-radius:0;margin:1rem 0}
details.article>summary{font-size:1.05rem;background:none}
.text{max-width:none;font-size:10pt}
.cards{grid-template-columns:1fr 1fr}
.stat,.q,.t,.r,.v,.m,.badge,.status,.basis,mark,.side{-webkit-print-color-adjust:exact;
print-color-adjust:exact}
tr,.story,.conflict,.speaker,.card,li.day,.side{break-inside:avoid}
:target,.flash{animation:none}
}
)css";
}

std::string_view script() {
  return R"js(
(function () {
  "use strict";
  var showAll = document.getElementById("show-all");
  function setAll(on) {
    document.body.classList.toggle("all", on);
    if (showAll) showAll.checked = on;
  }
  if (showAll) showAll.addEventListener("change", function () { setAll(showAll.checked); });
  function reveal(id) {
    var target = id && document.getElementById(id);
    // A link to an item below its confidence threshold shows everything rather than nothing.
    if (target && target.closest(".unsure")) setAll(true);
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
  // Mentions and citations carry no tooltip in the page: it is made on first hover from the
  // entity's entry or the article's title.
  document.addEventListener("mouseover", function (event) {
    var cited = event.target.closest("a.cite");
    if (cited && !cited.title) {
      var article = document.getElementById(cited.getAttribute("href").slice(1).replace(/^(a\d+).*$/, "$1"));
      var heading = article && article.querySelector("summary .title");
      if (heading) cited.title = heading.textContent;
      return;
    }
    var mark = event.target.closest("span.m");
    if (!mark || mark.title) return;
    var type = (mark.className.match(/m-(\w+)/) || ["", ""])[1].toUpperCase();
    var entry = mark.hasAttribute("data-e") &&
        document.getElementById("e" + mark.getAttribute("data-e"));
    var name = entry && (entry.classList.contains("name") ? entry : entry.querySelector(".name"));
    mark.title = type + " · " + (name ? name.textContent + " (click for the entry)" : "not linked to an entity");
  });
  var filter = document.getElementById("entity-filter");
  if (filter) filter.addEventListener("input", function () {
    var words = filter.value.toLowerCase();
    var section = document.getElementById("entities");
    section.querySelectorAll(".card, table.tail tbody tr, p.once .name").forEach(function (item) {
      item.hidden = words !== "" && item.textContent.toLowerCase().indexOf(words) < 0;
    });
    if (words !== "") section.querySelectorAll("details.tail").forEach(function (d) { d.open = true; });
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
