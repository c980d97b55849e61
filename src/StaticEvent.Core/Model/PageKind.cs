namespace StaticEvent.Model;

/// <summary>What a page is; it picks the default layout.</summary>
internal enum PageKind
{
    /// <summary>A language's home, from <c>content/_index.&lt;lang&gt;.md</c>.</summary>
    Home,

    /// <summary>A section's list, from <c>content/&lt;section&gt;/_index.&lt;lang&gt;.md</c>.</summary>
    Section,

    /// <summary>A standalone page at the top of <c>content/</c>.</summary>
    Page,

    /// <summary>A dated page inside a section (news, blog).</summary>
    Article,

    /// <summary>The list of pages carrying one tag.</summary>
    Tag,

    /// <summary>A language's list of its tags (<c>/fr/themes/</c>), when it has any.</summary>
    TagIndex,

    /// <summary>A language's <c>404.html</c>.</summary>
    NotFound,

    /// <summary>The root page that lets a visitor pick a language.</summary>
    LanguageChooser,

    /// <summary>The programme of a language, from <c>data/schedule.yml</c> (and <c>content/programme/_index</c>).</summary>
    Schedule,

    /// <summary>One session of the programme.</summary>
    Session,

    /// <summary>One person of <c>data/speakers.yml</c>.</summary>
    Speaker,

    /// <summary>A language's list of the people of <c>data/speakers.yml</c> (<c>/fr/intervenants/</c>).</summary>
    SpeakerIndex,
}
