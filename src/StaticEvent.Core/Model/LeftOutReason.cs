namespace StaticEvent.Model;

/// <summary>Why a page was not published.</summary>
public enum LeftOutReason
{
    /// <summary><c>draft: true</c> in its front matter.</summary>
    Draft,

    /// <summary>Its <c>date:</c> is after the build's date.</summary>
    Future,
}
