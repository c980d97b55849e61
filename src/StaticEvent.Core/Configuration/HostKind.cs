namespace StaticEvent.Configuration;

/// <summary>A web host whose configuration the build can write (<c>hosting: configs:</c> in site.yml).</summary>
internal enum HostKind
{
    /// <summary>An nginx server block, <c>.staticevent/nginx.conf</c>.</summary>
    Nginx,

    /// <summary>Apache's <c>.htaccess</c> at the root of the output.</summary>
    Apache,

    /// <summary><c>_redirects</c> and <c>_headers</c>, read by Netlify and Cloudflare Pages.</summary>
    Netlify,

    /// <summary><c>.nojekyll</c> and <c>CNAME</c> for GitHub Pages.</summary>
    GitHubPages,
}
