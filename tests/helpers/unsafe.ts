/** Hostile inputs and the check that nothing in rendered HTML can run or load. */
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * What must hold for every rendered fragment: nothing that runs or loads. Checked on the parsed
 * HTML, not by pattern-matching the string.
 */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const tree = fromHtml(html, { fragment: true });
  const banned = new Set([
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'base',
    'meta',
    'link',
    'frame',
    'frameset',
    'svg',
    'math',
    'applet',
    'audio',
    'video',
    'source',
    'input',
    'button',
    'textarea',
    'select',
    'template',
    'portal',
    'noscript',
  ]);
  visit(tree, 'element', (node) => {
    if (banned.has(node.tagName)) problems.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`${node.tagName}[${name}]`);
      if (
        ['style', 'srcSet', 'formAction', 'action', 'srcDoc', 'background', 'poster', 'dynsrc', 'lowsrc', 'ping', 'xLinkHref'].includes(
          name,
        )
      )
        problems.push(`${node.tagName}[${name}]`);
      if (['href', 'src', 'cite', 'longDesc'].includes(name)) {
        // A browser ignores white space and control characters in a URL's scheme: so must the check.
        const url = String(value)
          // eslint-disable-next-line no-control-regex
          .replace(/[\s\u0000-\u001f]/g, '')
          .toLowerCase();
        if (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^(https?|mailto):/.test(url)) problems.push(`${node.tagName}[${name}=${String(value)}]`);
        if (name === 'src' && /^(https?:)?\/\//.test(url)) problems.push(`remote ${node.tagName}[src]`);
      }
    }
  });
  return problems;
}

export const hostile: Array<[string, string]> = [
  ['script element', '<script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['uppercase script', '<SCRIPT>alert(1)</SCRIPT>'],
  ['style element', '<style>body{background:url(https://evil.example/)}</style>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">text</p>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="https://evil.example/x.swf"></object>'],
  ['embed', '<embed src="https://evil.example/x.swf">'],
  ['form with action', '<form action="https://evil.example/"><button>Go</button></form>'],
  ['formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['input autofocus onfocus', '<input autofocus onfocus="alert(1)">'],
  ['img onerror', '<img src="x" onerror="alert(1)">'],
  ['body onload', '<body onload="alert(1)">'],
  ['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['math href', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['javascript link (html)', '<a href="javascript:alert(1)">x</a>'],
  ['javascript link (markdown)', '[x](javascript:alert(1))'],
  ['JaVaScRiPt mixed case', '[x](JaVaScRiPt:alert(1))'],
  ['javascript with entity', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['javascript with tab', '<a href="java\tscript:alert(1)">x</a>'],
  ['javascript with leading space', '<a href=" javascript:alert(1)">x</a>'],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)'],
  ['remote image (markdown)', '![tracker](https://evil.example/pixel.gif)'],
  ['remote image (html)', '<img src="https://evil.example/pixel.gif" alt="pixel">'],
  ['protocol-relative image', '<img src="//evil.example/pixel.gif">'],
  ['reference definition', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['autolink javascript', '<javascript:alert(1)>'],
  ['base element', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['picture srcset', '<picture><source srcset="https://evil.example/x.png"><img src="a.png"></picture>'],
  ['video poster', '<video poster="https://evil.example/x.png"></video>'],
  ['audio src', '<audio src="https://evil.example/x.mp3" autoplay></audio>'],
  ['css expression', '<div style="width: expression(alert(1))">x</div>'],
  ['DOM clobbering id', '<img id="location" name="cookie" src="a.png">'],
  ['mis-nested mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>x</summary></details>'],
  ['anchor ping', '<a href="https://example.org" ping="https://evil.example/">x</a>'],
  ['table background', '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>'],
];
