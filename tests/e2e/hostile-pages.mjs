// A page built to inject: its title, site name, byline, speaker names, link
// targets and running text carry HTML and script payloads (as text, or as a
// `javascript:` link). Each payload sets `window.copydeskPwned` (and
// `document.body.dataset.pwned`) if it ever runs, in any document.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const PAYLOADS = {
  img: '<img src=x onerror="window.copydeskPwned=\'img\';document.body.dataset.pwned=\'img\'">',
  script: '<script>window.copydeskPwned=\'script\';document.body.dataset.pwned=\'script\'</script>',
  svg: '<svg onload="window.copydeskPwned=\'svg\'"><circle r="9"/></svg>',
  iframe: '<iframe src="javascript:parent.copydeskPwned=\'iframe\'"></iframe>',
  href: 'javascript:window.copydeskPwned=\'href\'',
};

/** The injection page from a fixture page (`pageFor`'s result). */
export function injectionPage(base) {
  const title = `Blinken warns China ${PAYLOADS.img} over Russia ${PAYLOADS.script}`;
  let html = base.html.replaceAll(esc(base.title), esc(title));
  html = html.replaceAll(esc(base.site), esc(`${base.site} ${PAYLOADS.svg}`));
  html = html.replace(/<meta name="author" content="[^"]*">/, `<meta name="author" content="${esc(`Mei ${PAYLOADS.img} Lin`)}">`);
  html = html.replace(/<p class="byline">By <a rel="author"[^>]*>[^<]*<\/a>/,
    `<p class="byline">By <a rel="author" href="${esc(PAYLOADS.href)}">${esc(`Mei ${PAYLOADS.script} Lin`)}</a>`);
  const lead = `<p>“We will not back down,” said ${esc(PAYLOADS.img)} Lee, a spokesman for the ministry, on Friday. ` +
    `“Nobody ${esc(PAYLOADS.script)} can stop us,” said Anna ${esc(PAYLOADS.svg)} Marsh, a senior official, in a statement. ` +
    `Officials linked to <a href="${esc(PAYLOADS.href)}">${esc(PAYLOADS.iframe)} the agency</a> declined to comment, ` +
    `according to <a href="${esc(PAYLOADS.href)}">people familiar with the matter</a>.</p>`;
  html = html.replace('<div class="article-body">', `<div class="article-body">\n        ${lead}`);
  return html;
}

/**
 * Evaluated in a document (panel, options page, the article page): whether a
 * payload ran, and whether any element or attribute came from page text.
 * `own` is the origin whose scripts the document may load.
 */
export const domCheck = (own) => `(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: globalThis.copydeskPwned ?? null,
    dataPwned: document.body.dataset.pwned ?? null,
    created: document.querySelectorAll('img, iframe, frame, object, embed, svg, math, form, base, link[rel=import], meta[http-equiv], input[type=image]').length,
    foreignScripts: [...document.scripts].filter((s) => !s.src || !s.src.startsWith(${JSON.stringify(own)})).map((s) => s.outerHTML.slice(0, 80)),
    handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80)),
    jsUrls: all.filter((e) => [...e.attributes].some((a) => /^\\s*javascript:/i.test(a.value))).map((e) => e.outerHTML.slice(0, 80)),
    hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    text: document.body.innerText,
  };
})()`;
