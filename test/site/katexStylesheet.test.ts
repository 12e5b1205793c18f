import {describe, expect, it} from "vitest";
import {katexStylesheet} from "../../src/site/katexStylesheet.js";

describe("katexStylesheet()", () => {
  it("inlines every KaTeX font as WOFF2 so no font file is fetched from anywhere", async () => {
    const css = await katexStylesheet();
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThanOrEqual(15);
    for (const face of faces)
      expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\("woff2"\)/);
    expect(css).not.toMatch(/url\(fonts\//);
    expect(css).toContain(".katex");
  });
});
