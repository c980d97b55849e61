using StaticEvent.Diagnostics;
using StaticEvent.Yaml;
using StaticEvent.Text;

namespace StaticEvent.Programme;

/// <summary>Reading <c>data/speakers.yml</c>.</summary>
internal sealed partial class ScheduleReader
{
    private const string PhotoFolder = "static/";

    private void ReadSpeakersFile()
    {
        _speakersFileExists = source.FileExists(SpeakersPath);
        if (!_speakersFileExists || ReadYaml(SpeakersPath) is not { } root)
        {
            return;
        }

        foreach (var entry in Items(root, "speakers", "a speaker"))
        {
            var (id, idNode) = ReadId(entry, "speaker", SpeakersPath);

            // A name is the same in every language unless its script differs: no warning for a missing one.
            var name = ReadText(entry, "name", "the speaker's name", required: true, warnMissing: false);
            var role = ReadText(entry, "role", "the speaker's role", required: false, warnMissing: true);
            var bio = ReadText(entry, "bio", "the speaker's biography", required: false, warnMissing: true);
            var photoGiven = entry.Map["photo"] is not null;
            var photo = ReadPhoto(entry);
            var photoAlt = ReadText(entry, "photoAlt", "the photo's description", required: false, warnMissing: true);
            entry.ReportUnknownKeys("a speaker", ["id", "name", "role", "bio", "photo", "photoAlt"]);
            if (photoGiven && photoAlt is null)
            {
                diagnostics.Error(DiagnosticCodes.SpeakerPhotoInvalid, entry.LocationOfKey("photo"), "a photo needs 'photoAlt', a short description for people who cannot see it",
                    "add photoAlt: with one text per language, e.g. \"Portrait of …\"");
            }
            else if (!photoGiven && photoAlt is not null)
            {
                diagnostics.Error(DiagnosticCodes.SpeakerPhotoInvalid, entry.LocationOfKey("photoAlt"), "'photoAlt' is given without a 'photo'", "add 'photo:' or remove 'photoAlt:'");
            }

            if (id is not null && name is not null && Unique(_speakers, id, idNode!, "speaker"))
            {
                _speakers[id] = new Speaker(id, name, role, bio, photo, photoAlt, entry.LocationOf(entry.Map));
            }
        }

        root.ReportUnknownKeys(SpeakersPath, ["speakers"]);
    }

    /// <summary>
    /// A photo is a file under <c>static/</c> (checked here, so a typo fails the build rather than
    /// showing a broken image) or an https address; nothing that could reach outside the site.
    /// </summary>
    private string? ReadPhoto(MapReader entry)
    {
        var photo = entry.String("photo");
        if (photo is null)
        {
            return null;
        }

        var location = entry.LocationOf(entry.Map["photo"]!);
        if (photo.StartsWith("https://", StringComparison.Ordinal))
        {
            if (Uri.TryCreate(photo, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                return photo;
            }

            diagnostics.Error(DiagnosticCodes.SpeakerPhotoInvalid, location, $"'{photo}' is not a valid address");
            return null;
        }

        var segments = photo.Split('/');
        if (photo.Contains(':', StringComparison.Ordinal) || photo.Contains('\\', StringComparison.Ordinal) || photo.StartsWith('/')
            || segments.Any(s => !UrlSegment.IsValid(s)))
        {
            diagnostics.Error(DiagnosticCodes.SpeakerPhotoInvalid, location, $"'{photo}' is not a path below static/ or an https address",
                "write e.g. photo: images/speakers/ana-lopez.jpg (the file static/images/speakers/ana-lopez.jpg)");
            return null;
        }

        if (!source.FileExists(PhotoFolder + photo))
        {
            diagnostics.Error(DiagnosticCodes.SpeakerPhotoInvalid, location, $"the photo {PhotoFolder}{photo} does not exist",
                $"add the file {PhotoFolder}{photo}, or fix the path (relative to {PhotoFolder})");
            return null;
        }

        return photo;
    }
}
