namespace StaticEvent.Programme;

/// <summary>
/// The event's postal address, from <c>event.address</c>: what search engines need to place the
/// event (schema.org PostalAddress). Texts may differ by language; the country is an ISO 3166-1
/// code (<c>MA</c>), the same in every language.
/// </summary>
internal sealed record EventAddress(LocalizedText? Street, LocalizedText? Locality, LocalizedText? Region, string? PostalCode, string Country);

/// <summary>Who organises the event, from <c>event.organizer</c>: published only where the site says so.</summary>
internal sealed record EventOrganizer(LocalizedText Name, Uri? Url);
