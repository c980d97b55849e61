namespace StaticEvent.Tests.Support;

/// <summary>An outside program that some tests need; <c>./test.sh</c> installs each of them.</summary>
public enum Tool
{
    /// <summary>Debian's Chromium, driven by Playwright (<see cref="Prerequisites.ChromiumPath"/>).</summary>
    Chromium,

    /// <summary>A Java runtime on <c>PATH</c>, to run the Nu HTML Checker.</summary>
    Java,

    /// <summary>The Nu HTML Checker jar from the npm package vnu-jar.</summary>
    Vnu,

    /// <summary>axe-core's <c>axe.min.js</c> from the npm package axe-core.</summary>
    Axe,

    /// <summary>s3rver, an S3-compatible server from the npm package s3rver, run with Node.js.</summary>
    S3rver,

    /// <summary>Debian's nginx with the brotli_static module (libnginx-mod-http-brotli-static).</summary>
    Nginx,
}
