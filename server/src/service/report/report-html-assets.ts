/** The inline style and script of the HTML report (no chapter text in either). */

/** The page style: light and dark, VS Code theme colours where the page is a webview. */
export const STYLE = `
:root{color-scheme:light dark;--fg:var(--vscode-foreground,#1f2328);--bg:var(--vscode-editor-background,#fff);--muted:var(--vscode-descriptionForeground,#59636e);--line:var(--vscode-panel-border,#d1d9e0);--head:var(--vscode-editorWidget-background,#f6f8fa);--link:var(--vscode-textLink-foreground,#0969da);--met:#1a7f37;--not-met:#cf222e;--not-measurable:#9a6700;--no-data:#6e7781;--accent:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:var(--vscode-foreground,#e6edf3);--bg:var(--vscode-editor-background,#0d1117);--muted:var(--vscode-descriptionForeground,#9198a1);--line:var(--vscode-panel-border,#3d444d);--head:var(--vscode-editorWidget-background,#151b23);--link:var(--vscode-textLink-foreground,#4493f8);--met:#3fb950;--not-met:#f85149;--not-measurable:#d29922;--no-data:#9198a1;--accent:#4493f8}}
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem 3rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
[hidden]{display:none!important}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin:1.6rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.1rem;margin:1.2rem 0 .5rem}h4{font-size:1rem;margin:0 0 .5rem}h5{font-size:.85rem;margin:.6rem 0 .2rem;color:var(--muted)}
a{color:var(--link);text-decoration:none}a:hover{text-decoration:underline}
.meta,.none,.doc-title{color:var(--muted)}
.controls{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:1rem;padding:.5rem 0;background:var(--bg);border-bottom:1px solid var(--line)}
.controls select{font:inherit;margin-left:.3rem}
table{border-collapse:collapse;margin:.3rem 0}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}thead th{background:var(--head)}
.num{text-align:right}
.status{white-space:nowrap;font-weight:600}.status-met{color:var(--met)}.status-not-met{color:var(--not-met)}.status-not-measurable{color:var(--not-measurable)}.status-no-data{color:var(--no-data)}
.why{display:block;font-size:.8rem;color:var(--muted);max-width:28rem}
.indicator{border:1px solid var(--line);border-radius:6px;padding:.7rem .9rem;margin:.7rem 0}
.indicator .body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.name-src,.others,.footnotes .src,.findings .src{font-size:.8rem}.name-src{font-weight:400;margin-left:.3rem}
.others{color:var(--muted)}
tr.year[data-uri]{cursor:pointer}.dimmed{opacity:.45}tr.year:hover{background:var(--head)}
tr.status-not-met th{box-shadow:inset 3px 0 var(--not-met)}tr.status-met th{box-shadow:inset 3px 0 var(--met)}tr.status-not-measurable th{box-shadow:inset 3px 0 var(--not-measurable)}tr.status-no-data th{box-shadow:inset 3px 0 var(--no-data)}
.details{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.5rem 0}.details dt{color:var(--muted)}.details dd{margin:0}
.footnotes ul,.findings{margin:.2rem 0;padding-left:1.2rem}.footnotes li{margin:.15rem 0}.numeral{font-weight:600;margin-right:.3rem}
.finding{margin:.25rem 0}.finding code{font-size:.8rem;padding:0 .25rem;border:1px solid var(--line);border-radius:3px}.severity-error code{color:var(--not-met)}.severity-warning code{color:var(--not-measurable)}
.related{font-size:.85rem;color:var(--muted)}
.chart{flex:none;overflow:visible}.chart .axis{stroke:var(--muted);stroke-width:1}.chart .grid{stroke:var(--line);stroke-width:.5}.chart .tick{fill:var(--muted);font-size:9px}
.chart .line{fill:none;stroke:var(--accent);stroke-width:2}.chart .point{fill:var(--accent);stroke:var(--bg);stroke-width:1}
.chart .target{stroke:var(--not-met);stroke-width:2;stroke-dasharray:3 2}.chart text.target{fill:var(--not-met);stroke:none;font-size:12px;font-weight:700}
p.chart{width:280px;margin:0;font-size:.85rem}
footer{margin-top:2rem;color:var(--muted);font-size:.8rem}
`;

/** The filters and the sorting; in a webview, a click on a source opens it in the editor. */
export const SCRIPT = `
(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  var programme = document.getElementById('filter-programme');
  var status = document.getElementById('filter-status');
  var sort = document.getElementById('sort');
  var saved = vscode ? vscode.getState() : undefined;
  if (saved) {
    programme.value = saved.programme || '';
    status.value = saved.status || '';
    sort.value = saved.sort || 'order';
  }
  function key(article, by) {
    if (by === 'name') return article.getAttribute('data-name');
    if (by === 'status') return Number(article.getAttribute('data-rank'));
    return Number(article.getAttribute('data-order'));
  }
  function compare(a, b, by) {
    var ka = key(a, by), kb = key(b, by);
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    return Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
  }
  function apply() {
    var p = programme.value, s = status.value, by = sort.value, shown = 0;
    Array.prototype.forEach.call(document.querySelectorAll('section.programme'), function (section) {
      var visibleInProgramme = 0;
      var inProgramme = p === '' || section.getAttribute('data-programme') === p;
      Array.prototype.forEach.call(section.querySelectorAll('section.beleidsveld'), function (field) {
        var list = field.querySelector('.indicators');
        var articles = Array.prototype.slice.call(list.children);
        articles.sort(function (a, b) { return compare(a, b, by); });
        articles.forEach(function (article) { list.appendChild(article); });
        var visible = 0;
        articles.forEach(function (article) {
          var statuses = (article.getAttribute('data-statuses') || '').split(' ');
          var show = inProgramme && (s === '' || statuses.indexOf(s) >= 0);
          article.hidden = !show;
          Array.prototype.forEach.call(article.querySelectorAll('tr.year'), function (row) {
            row.classList.toggle('dimmed', s !== '' && row.getAttribute('data-status') !== s);
          });
          if (show) visible++;
        });
        field.hidden = visible === 0;
        visibleInProgramme += visible;
      });
      section.hidden = visibleInProgramme === 0;
      shown += visibleInProgramme;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#summary tr[data-programme]'), function (row) {
      row.classList.toggle('dimmed', p !== '' && row.getAttribute('data-programme') !== p);
    });
    var none = document.getElementById('no-match');
    none.hidden = shown > 0 || document.querySelectorAll('article.indicator').length === 0;
    if (vscode) vscode.setState({ programme: p, status: s, sort: by });
  }
  programme.addEventListener('change', apply);
  status.addEventListener('change', apply);
  sort.addEventListener('change', apply);
  if (vscode) {
    document.addEventListener('click', function (event) {
      var target = event.target && event.target.closest ? event.target.closest('[data-uri]') : null;
      if (!target) return;
      event.preventDefault();
      vscode.postMessage({
        type: 'open',
        uri: target.getAttribute('data-uri'),
        line: Number(target.getAttribute('data-line')),
        column: Number(target.getAttribute('data-column'))
      });
    });
  }
  apply();
})();
`;
