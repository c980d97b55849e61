namespace StaticEvent.Diagnostics;

/// <summary>
/// Every diagnostic code StaticEvent prints. Codes are stable: documentation and editors' notes
/// refer to them. SE1xx configuration and files, SE2xx content, SE3xx templates,
/// SE4xx schedule, SE5xx links and output, SE6xx translations, SE9xx StaticEvent itself.
/// </summary>
public static class DiagnosticCodes
{
    public const string ConfigMissing = "SE100";
    public const string YamlSyntax = "SE101";
    public const string UnknownKey = "SE102";
    public const string WrongType = "SE103";
    public const string MissingRequired = "SE104";
    public const string InvalidValue = "SE105";
    public const string YamlAlias = "SE106";
    public const string YamlTooDeep = "SE107";
    public const string DuplicateKey = "SE108";
    public const string InvalidUtf8 = "SE110";
    public const string FileTooLarge = "SE111";
    public const string FileUnreadable = "SE112";
    public const string SymlinkRefused = "SE113";
    public const string FolderUnreadable = "SE114";
    public const string ThemeParamMismatch = "SE130";
    public const string LowContrast = "SE131";

    public const string FrontMatterMissing = "SE200";
    public const string FrontMatterUnterminated = "SE201";
    public const string UnknownLanguage = "SE202";
    public const string InvalidDate = "SE203";
    public const string InvalidSlug = "SE204";
    public const string DuplicateTranslation = "SE205";
    public const string MarkdownTooDeep = "SE206";
    public const string MarkdownTooComplex = "SE207";

    // Editors' images (src/StaticEvent.Core/Images); docs/errors.md explains each.
    public const string ImageMissingAlt = "SE210";
    public const string ImageUnreadable = "SE211";
    public const string ImageTooLarge = "SE212";

    public const string TemplateSyntax = "SE300";
    public const string TemplateRuntime = "SE301";
    public const string LayoutNotFound = "SE302";
    public const string MissingI18nKey = "SE303";
    public const string ThemeNotFound = "SE304";
    public const string I18nFallback = "SE305";
    public const string I18nFileUnused = "SE306";

    // Schedule and speakers (data/schedule.yml, data/speakers.yml); docs/schedule.md explains each.
    public const string ScheduleDuplicateId = "SE400";
    public const string ScheduleUnknownReference = "SE401";
    public const string ScheduleEndBeforeStart = "SE402";
    public const string ScheduleRoomOverlap = "SE403";
    public const string SchedulePersonOverlap = "SE404";
    public const string ScheduleOutsideEvent = "SE405";
    public const string ScheduleMissingTranslation = "SE406";
    public const string ScheduleInvalidTime = "SE407";
    public const string ScheduleConflictingTimeKeys = "SE408";
    public const string ScheduleNonexistentLocalTime = "SE409";
    public const string ScheduleAmbiguousLocalTime = "SE410";
    public const string ScheduleInvalidId = "SE411";
    public const string ScheduleInvalidEventDates = "SE412";
    public const string SpeakerPhotoInvalid = "SE413";
    public const string SpeakersWithoutSchedule = "SE414";

    public const string LinkTargetMissing = "SE500";
    public const string BrokenLink = "SE501";
    public const string BrokenAnchor = "SE502";
    public const string DuplicateUrl = "SE503";
    public const string PathEscapesOutput = "SE504";
    public const string UnsafeLinkScheme = "SE505";
    // SE52x: publishing (staticevent deploy). SE506-SE519 are left to the link checks.
    public const string DeployTargetUnknown = "SE520";
    public const string NothingToDeploy = "SE521";
    public const string TooManyDeletes = "SE522";
    public const string StorageFailed = "SE523";

    // The output folder (Output/): checked before the site is built, then written and swapped in.
    public const string OutputUnusable = "SE506";
    public const string OutputInsideInput = "SE507";
    public const string OutputLocked = "SE508";
    public const string OutputWriteFailed = "SE509";

    public const string MissingTranslation = "SE600";
    public const string OutdatedTranslation = "SE601";

    /// <summary>A bug in StaticEvent, caught by the last-resort handler: printed with a request to report it.</summary>
    public const string InternalError = "SE999";
}
