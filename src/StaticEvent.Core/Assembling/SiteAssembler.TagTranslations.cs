using StaticEvent.Model;

namespace StaticEvent.Assembling;

internal static partial class SiteAssembler
{
    /// <summary>
    /// Tags are words of each language ("formation", "training"), so which tag pages are one topic
    /// is learnt from the articles: when two translations of an article list as many tags, the tags
    /// at the same place are counted as one topic. Two tag pages become each other's translation
    /// when each is the other's most counted counterpart in that language (a tie links nothing), so
    /// the language switcher of a topic leads to the same topic, and never to a guess.
    /// </summary>
    private static void LinkTagTranslations(List<LocalizedSite> languages)
    {
        var byCode = languages.ToDictionary(l => l.Language.Code, StringComparer.Ordinal);
        var votes = new Dictionary<(Page From, Page To), int>();
        foreach (var site in languages)
        {
            foreach (var article in site.Pages.Where(p => p.Kind == PageKind.Article))
            {
                var mine = article.Source!.FrontMatter.Tags;
                foreach (var other in article.Translations.Where(t => t.Kind == PageKind.Article))
                {
                    var theirs = other.Source!.FrontMatter.Tags;
                    if (theirs.Count != mine.Count)
                    {
                        continue;
                    }

                    for (var i = 0; i < mine.Count; i++)
                    {
                        if (site.TagPage(mine[i]) is { } from && byCode[other.Language!.Code].TagPage(theirs[i]) is { } to)
                        {
                            votes[(from, to)] = votes.GetValueOrDefault((from, to)) + 1;
                        }
                    }
                }
            }
        }

        var best = votes
            .GroupBy(v => (v.Key.From, Language: v.Key.To.Language!.Code))
            .Select(g => (g.Key, Top: g.OrderByDescending(v => v.Value).Take(2).ToList()))
            .Where(g => g.Top.Count == 1 || g.Top[0].Value > g.Top[1].Value)
            .ToDictionary(g => g.Key, g => g.Top[0].Key.To);
        foreach (var ((from, language), to) in best.OrderBy(b => b.Key.From.RelativeUrl, StringComparer.Ordinal).ThenBy(b => b.Key.Language, StringComparer.Ordinal))
        {
            if (best.GetValueOrDefault((to, from.Language!.Code)) == from)
            {
                from.Translations.Add(to);
            }
        }
    }
}
