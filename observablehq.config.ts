import {languageLinks} from "./src/site/languageLinks.js";
import {markdownMath} from "./src/site/markdownMath.js";
import {chromeHead, languageSwitch, pageLanguage} from "./src/site/pageLanguage.js";
import {sidebar} from "./src/site/sidebar.js";
import {wideContent} from "./src/site/wideContent.js";

export default {
  root: "lessons",
  title: "ConvLab",
  pages: sidebar,
  // Local styles only: the default global stylesheet would link a web font from the internet.
  // style.css pairs a light and a dark theme, following the system's colour scheme.
  style: "style.css",
  globalStylesheets: [],
  head: ({path}: {path: string}) =>
    '<link rel="stylesheet" href="/_assets/katex.css"><link rel="icon" href="data:,">' + chromeHead(pageLanguage(path)),
  // One link to the same page in the other language; Framework's other words are localized by
  // src/site/pageLanguage.ts (chromeHead above, localizePage in scripts/build.js and scripts/dev.js).
  header: languageSwitch,
  footer: "ConvLab",
  search: false,
  markdownIt: (md: any) => wideContent(languageLinks(markdownMath(md)))
};
