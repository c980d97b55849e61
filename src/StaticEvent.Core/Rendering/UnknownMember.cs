using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using StaticEvent.Diagnostics;

namespace StaticEvent.Rendering;

/// <summary>
/// Turns Scriban's "Cannot get member with name titel." into an error a theme author can act on:
/// which object, the closest member and every member it has —
/// <c>'titel' is not a member of 'page'; did you mean 'title'? members: kind, title, …</c>.
/// </summary>
internal static class UnknownMember
{
    /// <summary>How many member names the message lists before it stops.</summary>
    public const int MaxListed = 40;

    /// <summary>
    /// A <see cref="TemplateContext.TryGetMember"/> handler: Scriban calls it only for a member the
    /// object does not have. For <c>target.member</c> it throws the error with the members; for
    /// anything else (an indexer, a sort key) it declines, and Scriban goes on as it would without it.
    /// </summary>
    public static bool Fail(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        if (context.CurrentNode is not ScriptMemberExpression { Target: { } owner, Member: { } name } || name.Name != member)
        {
            return false;
        }

        var members = context.GetMemberAccessor(target).GetMembers(context, span, target).ToList();
        throw new ScriptRuntimeException(span, Message(member, owner.ToString() ?? "(expression)", members));
    }

    /// <summary>The message for <paramref name="member"/> missing from <paramref name="owner"/>, an object with <paramref name="members"/>.</summary>
    public static string Message(string member, string owner, IReadOnlyList<string> members)
    {
        if (members.Count == 0)
        {
            return $"'{member}' is not a member of '{owner}', which has no members";
        }

        var closest = Suggestion.Closest(member, members);
        var listed = string.Join(", ", members.Take(MaxListed)) + (members.Count > MaxListed ? $", … ({members.Count - MaxListed} more)" : string.Empty);
        return closest is null
            ? $"'{member}' is not a member of '{owner}'; members: {listed}"
            : $"'{member}' is not a member of '{owner}'; did you mean '{closest}'? members: {listed}";
    }
}
