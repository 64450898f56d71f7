namespace Sajag.Content;

/// <summary>A text that a young person reads, in every language of its pack.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The text in <paramref name="language"/>, or in the first language when it is absent.</summary>
    public string In(string language) =>
        Values.TryGetValue(language, out var text) ? text : Values.Values.First();
}

/// <summary>A loaded and validated content pack.</summary>
public sealed record ContentPack(
    PackInfo Info,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Card> Cards,
    IReadOnlyList<Helpline> Helplines,
    HelpGuide Help,
    IReadOnlyList<AssessmentItem> Assessment,
    Glossary Glossary,
    IReadOnlyList<Guide> Guides,
    IReadOnlyList<DeckPreset>? Decks = null)
{
    /// <summary>The ready-made decks a facilitator can choose in one step (decks.yaml), in file order.</summary>
    public IReadOnlyList<DeckPreset> Presets => Decks ?? [];

    /// <summary>The ready-made deck with this id, or null.</summary>
    public DeckPreset? FindPreset(string id) => Presets.FirstOrDefault(d => d.Id == id);

    /// <summary>The topic with this id, or null.</summary>
    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    /// <summary>The id of the helpline any child can call (the pack gives its number).</summary>
    public const string ChildHelplineId = "child-helpline-1098";

    /// <summary>The id of the emergency service for immediate danger (the pack gives its number).</summary>
    public const string EmergencyHelplineId = "emergency-999";

    /// <summary>The helpline with this id, or null.</summary>
    public Helpline? FindHelpline(string id) => Helplines.FirstOrDefault(h => h.Id == id);

    /// <summary>The number of the helpline with this id; in a pack without it (another country's, a test pack), its first number.</summary>
    /// <exception cref="InvalidOperationException">When the pack names no helpline with a number at all.</exception>
    public string HelplineNumber(string id) =>
        FindHelpline(id)?.Number ?? Helplines.FirstOrDefault(h => h.Number is not null)?.Number
        ?? throw new InvalidOperationException($"The content pack has no helpline '{id}' and no other helpline with a number (helplines.yaml).");

    /// <summary>
    /// Every text in which the pack names a way to reach help: each helpline's number and address, what it says about the
    /// helpline (where a page or an email is named), and the help guide's links. The detectors leave these readable.
    /// </summary>
    public IEnumerable<string> HelpContactTexts() =>
        Helplines.SelectMany(h => new[] { h.Number, h.Address }.OfType<string>()
                .Concat(h.For.Values.Values).Concat(h.Hours.Values.Values).Concat(h.Contact?.Values.Values ?? []))
            .Concat(new[] { Help.Threatened.Link, Help.Images.Link, Help.TrustedAdult.Link }.OfType<string>());

    /// <summary>The guide with this id (<c>facilitator</c>, <c>disclosure</c>, <c>adults</c>).</summary>
    public Guide Guide(string id) => Guides.First(g => g.Id == id);

    /// <summary>Every item whose text waits for an NGO's review, in pack order.</summary>
    public IReadOnlyList<PendingItem> PendingReview()
    {
        IEnumerable<PendingItem> Items(string kind, IEnumerable<(string Id, IReadOnlyList<string> Pending)> items) =>
            items.Where(i => i.Pending.Count > 0).Select(i => new PendingItem(kind, i.Id, i.Pending));
        return Items("guide", Guides.Select(g => (g.Id, g.PendingReview)))
            .Concat(Items("help", [("help", Help.PendingReview)]))
            .Concat(Items("glossary", Glossary.Terms.Select(t => (t.Id, t.PendingReview))))
            .Concat(Items("topic", Topics.Select(t => (t.Id, t.PendingReview))))
            .Concat(Items("card", Cards.Select(c => (c.Id, c.PendingReview))))
            .Concat(Items("helpline", Helplines.Select(h => (h.Id, h.PendingReview))))
            .Concat(Items("assessment", Assessment.Select(a => (a.Id, a.PendingReview))))
            .ToList();
    }

    /// <summary>How many items carry a text that still waits for review, per language.</summary>
    public IReadOnlyDictionary<string, int> PendingReviewCounts() =>
        PendingReview().SelectMany(i => i.Languages).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
}

/// <summary>An item of the pack whose text in <paramref name="Languages"/> an NGO has still to check before use.</summary>
public sealed record PendingItem(string Kind, string Id, IReadOnlyList<string> Languages);

/// <summary>The pack's words for its key ideas: one rendering per language, and the renderings it must not use.</summary>
public sealed record Glossary(IReadOnlyList<GlossaryTerm> Terms, IReadOnlyList<PlainWord> Jargon);

/// <summary>One idea with its one term per language, a plain definition, and other renderings that are refused.</summary>
public sealed record GlossaryTerm(
    string Id,
    LocalizedText Term,
    LocalizedText Definition,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Avoid,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Forms,
    IReadOnlyList<string> PendingReview)
{
    /// <summary>The ways the term is written in <paramref name="language"/>: the term itself first, then its other forms.</summary>
    public IEnumerable<string> Spellings(string language) =>
        new[] { Term.In(language) }.Concat(Forms.TryGetValue(language, out var forms) ? forms : []);
}

/// <summary>A word in another script or register that a 13-year-old may not know, and what to write instead.</summary>
public sealed record PlainWord(string Language, string Word, string Instead);

/// <summary>A guide for adults: the facilitator's guide, the disclosure protocol, the page for parents and teachers.</summary>
public sealed record Guide(
    string Id,
    GuideAudience Audience,
    LocalizedText Title,
    LocalizedText Summary,
    IReadOnlyList<GuideSection> Sections,
    IReadOnlyList<string> PendingReview);

/// <summary>Who may read a guide.</summary>
public enum GuideAudience
{
    /// <summary>Anyone: parents, teachers, the public.</summary>
    Public,

    /// <summary>Signed-in facilitators and programme staff only.</summary>
    Staff,
}

/// <summary>A titled part of a guide; its text is Markdown.</summary>
public sealed record GuideSection(string Id, LocalizedText Title, LocalizedText Text);

/// <summary>What pack.yaml says about the pack.</summary>
public sealed record PackInfo(string Id, string Version, IReadOnlyList<string> Languages, LocalizedText Title, LocalizedText Credits);

/// <summary>One of the programme's topics, with its lesson.</summary>
public sealed record Topic(
    string Id,
    int Order,
    string Colour,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Lesson,
    IReadOnlyList<LocalizedText> Discuss,
    IReadOnlyList<KeyFact> Facts,
    LocalizedText RedAlert,
    IReadOnlyList<string> Signs,
    IReadOnlyList<string> PendingReview);

/// <summary>A fact a lesson teaches, with where it comes from.</summary>
public sealed record KeyFact(LocalizedText Text, string Source);

/// <summary>The kinds of game card.</summary>
public enum CardKind
{
    Scenario,
    MythOrFact,
    WhatWouldYouDo,
    SpotTheSign,
    Discuss,
}

/// <summary>A game card.</summary>
public sealed record Card(
    string Id,
    string TopicId,
    CardKind Kind,
    bool Sensitive,
    IReadOnlyList<string> Signs,
    LocalizedText Prompt,
    IReadOnlyList<CardOption> Options,
    LocalizedText Explanation,
    LocalizedText? Discuss,
    IReadOnlyList<string> PendingReview,
    LocalizedText? FacilitatorNote = null);

/// <summary>A ready-made deck: the pack's cards named in play order, with a title and a line on what it is for.</summary>
public sealed record DeckPreset(string Id, LocalizedText Title, LocalizedText Description, IReadOnlyList<string> Cards);

/// <summary>One answer a card or an assessment item offers.</summary>
public sealed record CardOption(LocalizedText Text, bool Correct, LocalizedText? Feedback);

/// <summary>A service a young person can call or write to.</summary>
public sealed record Helpline(
    string Id,
    string Country,
    LocalizedText Name,
    string? Number,
    string? Address,
    LocalizedText For,
    LocalizedText Hours,
    LocalizedText Cost,
    string Source,
    DateOnly Checked,
    IReadOnlyList<string> PendingReview,
    LocalizedText? Contact = null);

/// <summary>What to do right now: the help page's guidance.</summary>
public sealed record HelpGuide(HelpSection Threatened, HelpSection Images, HelpSection TrustedAdult, IReadOnlyList<string> PendingReview);

/// <summary>A titled piece of guidance: steps, a Markdown text, a link, or several of these.</summary>
public sealed record HelpSection(LocalizedText Title, IReadOnlyList<LocalizedText> Steps, LocalizedText? Text, string? Link);

/// <summary>A knowledge-check question, kept apart from the game cards.</summary>
public sealed record AssessmentItem(
    string Id,
    string TopicId,
    LocalizedText Prompt,
    IReadOnlyList<CardOption> Options,
    IReadOnlyList<string> PendingReview);

/// <summary>A problem in a pack, at a place in one of its files.</summary>
public sealed record PackError(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>Thrown when a pack that must be used is invalid; carries every error found.</summary>
public sealed class InvalidPackException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public InvalidPackException(string path, IReadOnlyList<PackError> errors)
        : base($"The content pack at '{path}' has {errors.Count} error(s):{Environment.NewLine}"
               + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found in the pack.</summary>
    public IReadOnlyList<PackError> Errors { get; }
}
