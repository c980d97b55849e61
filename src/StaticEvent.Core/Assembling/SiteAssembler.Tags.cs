using System.Globalization;
using StaticEvent.Diagnostics;
using StaticEvent.Model;
using StaticEvent.Text;

namespace StaticEvent.Assembling;

internal static partial class SiteAssembler
{
    private sealed record TagUse(string Tag, Page Page, SourceLocation Location);

    /// <summary>
    /// One page per tag and language (<c>/fr/sujets/securite/</c>). Tags that are the same tag
    /// (<see cref="TagIdentity"/>: case, Latin accents) merge silently; two different tags whose
    /// slugs still meet ("C++" and "C#" → <c>c</c>) are an error naming both, never one page for both.
    /// </summary>
    private static void AddTags(LocalizedSite site, List<Page> articles, string prefix, Page home, DiagnosticBag diagnostics, AssemblyOptions options)
    {
        var code = site.Language.Code;
        var tagsSlug = site.Language.SlugFor("tags");

        // The topics' index: the parent of every tag page, so /fr/themes/ is never a 404.
        var index = new Page
        {
            Kind = PageKind.TagIndex,
            Language = site.Language,
            Title = options.InterfaceText?.Invoke(code, "tags.index") ?? "Tags",
            TranslationKey = "_tags",
            RelativeUrl = $"{prefix}{tagsSlug}/",
            Parent = home,
            Origin = new SourceLocation("content"),
        };
        var byIdentity = articles
            .SelectMany(Uses)
            .GroupBy(u => TagIdentity.Of(u.Tag, code), StringComparer.Ordinal)
            .ToList();

        // Grouped ignoring case, as output paths are compared, so every meeting is reported here with both tags.
        var bySlug = byIdentity
            .GroupBy(g => UrlSegment.Slugify(g.First().Tag, code), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in bySlug)
        {
            var tags = group.ToList();
            var first = tags[0].First();
            var url = $"{prefix}{tagsSlug}/{group.Key}/";
            foreach (var other in tags.Skip(1).Select(t => t.First()))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, other.Location,
                    $"the tags '{first.Tag}' ({first.Location}) and '{other.Tag}' ({other.Location}) are different but both give the URL {url}",
                    "write them the same way if they are one topic; otherwise rename one (a URL keeps only the letters and digits of a tag)");
            }

            var tag = new Page
            {
                Kind = PageKind.Tag,
                Language = site.Language,
                Title = first.Tag,
                Tag = first.Tag,
                TranslationKey = $"_tag/{code}/{group.Key}",
                RelativeUrl = url,
                Parent = index,
                Origin = first.Location,
            };
            tag.Children.AddRange(Sorted(tags.SelectMany(t => t).Select(u => u.Page).Distinct()));
            site.AddTag(tag, tags.Select(t => t.Key));
        }

        if (site.Tags.Count > 0)
        {
            var culture = site.Language.Culture;
            index.Children.AddRange(site.Tags.OrderBy(t => t.Title, StringComparer.Create(culture, CompareOptions.IgnoreCase)));
            site.Pages.Add(index);
        }
    }

    private static IEnumerable<TagUse> Uses(Page article)
    {
        var front = article.Source!.FrontMatter;
        for (var i = 0; i < front.Tags.Count; i++)
        {
            var (line, column) = i < front.TagPositions.Count ? front.TagPositions[i] : (front.Line, 1);
            yield return new TagUse(front.Tags[i], article, new SourceLocation(article.SourcePath, line, column));
        }
    }
}
