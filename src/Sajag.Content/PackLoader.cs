using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Sajag.Content;

/// <summary>The outcome of loading a pack: the pack when it is valid, and every error found.</summary>
public sealed record PackLoadResult(ContentPack? Pack, IReadOnlyList<PackError> Errors)
{
    /// <summary>Whether the pack loaded with no error.</summary>
    public bool IsValid => Pack is not null && Errors.Count == 0;
}

/// <summary>Loads a content pack folder and validates all of it before anything is used.</summary>
public static partial class PackLoader
{
    private static readonly string[] RequiredLanguages = ["en", "bn"];

    /// <summary>The guides every pack carries, and who may read each.</summary>
    public static readonly IReadOnlyList<(string Id, GuideAudience Audience)> RequiredGuides =
    [
        ("facilitator", GuideAudience.Staff),
        ("disclosure", GuideAudience.Public),
        ("adults", GuideAudience.Public),
    ];

    private static readonly Dictionary<string, CardKind> Kinds = new(StringComparer.Ordinal)
    {
        ["scenario"] = CardKind.Scenario,
        ["myth-or-fact"] = CardKind.MythOrFact,
        ["what-would-you-do"] = CardKind.WhatWouldYouDo,
        ["spot-the-sign"] = CardKind.SpotTheSign,
        ["discuss"] = CardKind.Discuss,
    };

    /// <summary>The pack's kind names as written in YAML.</summary>
    public static string KindName(CardKind kind) => Kinds.First(k => k.Value == kind).Key;

    /// <summary>Loads and validates the pack at <paramref name="path"/>, throwing with every error when it is invalid.</summary>
    public static ContentPack LoadValid(string path)
    {
        var result = Load(path);
        return result.IsValid ? result.Pack! : throw new InvalidPackException(path, result.Errors);
    }

    /// <summary>Loads and validates the pack at <paramref name="path"/>, collecting every error.</summary>
    public static PackLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sink = new ErrorSink();
        if (!Directory.Exists(path))
        {
            sink.AddAtStart(path, "no content pack folder here");
            return new PackLoadResult(null, sink.Errors);
        }

        var loader = new Loader(path, sink);
        var pack = loader.Load();
        return new PackLoadResult(sink.Errors.Count == 0 ? pack : null, sink.Errors);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColourPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{1,18}[0-9]$")]
    private static partial Regex NumberPattern();

    private sealed class Loader(string root, ErrorSink sink)
    {
        private IReadOnlyList<string> _languages = RequiredLanguages;
        private readonly Dictionary<string, string> _cardIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string File, long Line)> _cardFiles = new(StringComparer.Ordinal);

        // When a topic file cannot be read its id is unknown: references to it are not reported twice.
        private bool _someTopicUnreadable;

        private string FileName(string relative) => Path.Join(root, relative);

        public ContentPack? Load()
        {
            var info = LoadInfo();
            var topicIds = new HashSet<string>(StringComparer.Ordinal);
            var topics = LoadTopics(topicIds);
            var cards = LoadCards(topicIds);
            var helplines = LoadHelplines();
            var help = LoadHelp();
            var assessment = LoadAssessment(topicIds);
            var glossary = LoadGlossary();
            var guides = LoadGuides();
            var decks = LoadDecks();
            CheckStaffNotes(cards);
            if (glossary is not null)
            {
                Terminology.Check(root, glossary, sink);
            }

            if (info is null || help is null || glossary is null)
            {
                return null;
            }

            return new ContentPack(info, topics.Select(t => t.Topic).OrderBy(t => t.Order).ToList(), cards, helplines, help, assessment, glossary, guides, decks);
        }

        // decks.yaml is optional: a list of ready-made decks, each naming cards of this pack once, in play order.
        private List<DeckPreset> LoadDecks()
        {
            var decks = new List<DeckPreset>();
            var file = FileName("decks.yaml");
            if (!File.Exists(file) || YamlFile.Parse(file, file, sink) is not { } document)
            {
                return decks;
            }

            if (document is not YamlSequenceNode seq)
            {
                sink.Add(file, document, "decks.yaml must be a list of decks (each starting with '- id: ...')");
                return decks;
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in seq)
            {
                if (YamlMap.From(item, file, sink, _languages, "a deck") is not { } map)
                {
                    continue;
                }

                map.OnlyKnown("id", "title", "description", "cards");
                var id = map.String("id");
                var idOk = CheckId(map, id) && Unique(map, "id", id!, ids, "deck id");
                var title = map.Text("title");
                var description = map.Text("description");
                var cards = map.List("cards");
                var chosen = new List<string>();
                foreach (var node in cards?.Children ?? [])
                {
                    var card = (node as YamlScalarNode)?.Value?.Trim();
                    if (string.IsNullOrEmpty(card))
                    {
                        map.Error(node, "each entry of 'cards' must be a card id");
                    }
                    else if (!_cardIds.ContainsKey(card))
                    {
                        map.Error(node, $"no card has the id '{card}'");
                    }
                    else if (chosen.Contains(card, StringComparer.Ordinal))
                    {
                        map.Error(node, $"the card '{card}' is in this deck twice");
                    }
                    else
                    {
                        chosen.Add(card);
                    }
                }

                if (cards is { Children.Count: 0 })
                {
                    map.Error(cards, "a deck needs at least one card");
                }

                if (idOk && title is not null && description is not null && cards is { Children.Count: > 0 })
                {
                    decks.Add(new DeckPreset(id!, title, description, chosen));
                }
            }

            return decks;
        }

        private YamlMap? OpenMap(string relative, bool required = true)
        {
            var file = FileName(relative);
            if (!File.Exists(file))
            {
                if (required)
                {
                    sink.AddAtStart(file, "is missing");
                }

                return null;
            }

            return YamlMap.From(YamlFile.Parse(file, file, sink), file, sink, _languages, "this file");
        }

        private static bool CheckId(YamlMap map, string? id)
        {
            if (id is null)
            {
                return false;
            }

            if (!IdPattern().IsMatch(id))
            {
                map.Error(map.Get("id")!, $"id '{id}' must use only lower-case letters, digits and dashes");
                return false;
            }

            return true;
        }

        private PackInfo? LoadInfo()
        {
            var map = OpenMap("pack.yaml");
            if (map is null)
            {
                return null;
            }

            map.OnlyKnown("id", "version", "languages", "title", "credits");
            var languages = map.Strings("languages");
            if (map.Get("languages") is null)
            {
                map.Error("missing field 'languages' (e.g. 'languages: [en, bn]')");
            }
            else
            {
                foreach (var required in RequiredLanguages.Where(r => !languages.Contains(r)))
                {
                    map.Error(map.Get("languages")!, $"'languages' must include '{required}': every text a young person reads exists in English and Bangla");
                }

                _languages = languages.Union(RequiredLanguages).ToList();
                map = new YamlMap(map.Node, map.File, sink, _languages);
            }

            var id = map.String("id");
            var idOk = CheckId(map, id);
            var version = map.String("version");
            var title = map.Text("title");
            var credits = map.Text("credits");
            return idOk && version is not null && title is not null && credits is not null
                ? new PackInfo(id!, version, _languages, title, credits)
                : null;
        }

        // Every well-formed topic id is declared, even when the topic has other errors, so cards
        // that name it are not reported as well.
        private List<(Topic Topic, string File)> LoadTopics(HashSet<string> declared)
        {
            var topics = new List<(Topic, string)>();
            var folder = Path.Join(root, "topics");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count == 0)
            {
                sink.AddAtStart(FileName("topics/"), "has no topic files (topics/*.yaml)");
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var orders = new Dictionary<int, string>();
            foreach (var file in files)
            {
                var relative = "topics/" + Path.GetFileName(file);
                var map = OpenMap(relative);
                if (map is null)
                {
                    _someTopicUnreadable = true;
                    continue;
                }

                map.OnlyKnown("id", "order", "colour", "title", "summary", "lesson", "discuss", "facts", "red_alert", "signs", "review");
                var id = map.String("id");
                var idOk = CheckId(map, id) && Unique(map, "id", id!, ids, "topic");
                if (idOk)
                {
                    declared.Add(id!);
                }

                var order = map.Int("order");
                if (order is { } o && !Unique(map, "order", o, orders, "topic order"))
                {
                    order = null;
                }

                var colour = map.String("colour");
                if (colour is not null && !ColourPattern().IsMatch(colour))
                {
                    map.Error(map.Get("colour")!, $"'colour' must be a colour like \"#1f5f8b\", not '{colour}'");
                    colour = null;
                }

                var title = map.Text("title");
                var summary = map.Text("summary");
                var lesson = map.Text("lesson");
                var discuss = TextList(map, "discuss");
                var facts = Facts(map);
                var redAlert = map.Text("red_alert");
                var signs = Signs(map);
                var review = map.Review();
                if (idOk && order is not null && colour is not null && title is not null && summary is not null
                    && lesson is not null && discuss is not null && facts is not null && redAlert is not null)
                {
                    topics.Add((new Topic(id!, order.Value, colour, title, summary, lesson, discuss, facts, redAlert, signs, review), relative));
                }
            }

            return topics;
        }

        private static bool Unique<T>(YamlMap map, string key, T value, Dictionary<T, string> seen, string what)
            where T : notnull
        {
            var node = map.Get(key)!;
            var here = $"{map.File}:{node.Start.Line}:{node.Start.Column}";
            if (seen.TryGetValue(value, out var first))
            {
                map.Error(node, $"duplicate {what} '{value}' (first used at {first})");
                return false;
            }

            seen[value] = here;
            return true;
        }

        private static List<LocalizedText>? TextList(YamlMap map, string key)
        {
            var seq = map.List(key);
            if (seq is null)
            {
                return null;
            }

            if (seq.Children.Count == 0)
            {
                map.Error(seq, $"'{key}' needs at least one entry");
                return null;
            }

            var texts = seq.Select((item, i) => map.TextOf(item, $"'{key}' entry {i + 1}")).ToList();
            return texts.All(t => t is not null) ? texts.Select(t => t!).ToList() : null;
        }

        private List<KeyFact>? Facts(YamlMap map)
        {
            var seq = map.List("facts");
            if (seq is null)
            {
                return null;
            }

            if (seq.Children.Count == 0)
            {
                map.Error(seq, "'facts' needs at least one fact with its source");
                return null;
            }

            var facts = new List<KeyFact>();
            var ok = true;
            foreach (var item in seq)
            {
                var fact = YamlMap.From(item, map.File, sink, _languages, "a fact");
                if (fact is null)
                {
                    ok = false;
                    continue;
                }

                fact.OnlyKnown("text", "source");
                var text = fact.Text("text");
                var source = fact.String("source");
                if (text is null || source is null)
                {
                    ok = false;
                    continue;
                }

                facts.Add(new KeyFact(text, source));
            }

            return ok ? facts : null;
        }

        private static List<string> Signs(YamlMap map)
        {
            var signs = map.Strings("signs");
            if (map.List("signs", required: false) is { } seq)
            {
                foreach (var node in seq.OfType<YamlScalarNode>().Where(n => n.Value is { } v && !SignCodes.IsKnown(v.Trim())))
                {
                    map.Error(node, $"'{node.Value}' is not a warning-sign code (see content/SCHEMA.md for the list)");
                }
            }

            return signs.Where(SignCodes.IsKnown).ToList();
        }

        private List<Card> LoadCards(HashSet<string> topicIds)
        {
            var cards = new List<Card>();
            var folder = Path.Join(root, "cards");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
            if (files.Count == 0)
            {
                sink.AddAtStart(FileName("cards/"), "has no card files (cards/*.yaml)");
            }

            foreach (var file in files)
            {
                var relative = "cards/" + Path.GetFileName(file);
                var document = YamlFile.Parse(file, file, sink);
                if (document is null)
                {
                    continue;
                }

                if (document is not YamlSequenceNode seq)
                {
                    sink.Add(file, document, "a cards file must be a list of cards (each starting with '- id: ...')");
                    continue;
                }

                if (seq.Children.Count == 0)
                {
                    sink.Add(file, seq, "this cards file has no cards");
                }

                foreach (var item in seq)
                {
                    var map = YamlMap.From(item, file, sink, _languages, "a card");
                    if (map is not null && LoadCard(map, topicIds) is { } card)
                    {
                        cards.Add(card);
                    }
                }
            }

            return cards;
        }

        private Card? LoadCard(YamlMap map, HashSet<string> topicIds)
        {
            map.OnlyKnown("id", "topic", "kind", "sensitive", "signs", "prompt", "options", "explanation", "discuss", "facilitator_note", "review");
            var id = map.String("id");
            var idOk = CheckId(map, id) && Unique(map, "id", id!, _cardIds, "card id");
            var topic = TopicRef(map, topicIds);
            var kindName = map.String("kind");
            CardKind? kind = null;
            if (kindName is not null)
            {
                if (Kinds.TryGetValue(kindName, out var k))
                {
                    kind = k;
                }
                else
                {
                    map.Error(map.Get("kind")!, $"unknown card kind '{kindName}' (expected one of: {string.Join(", ", Kinds.Keys)})");
                }
            }

            var sensitive = map.Bool("sensitive");
            var signs = Signs(map);
            var prompt = map.Text("prompt");
            var options = Options(map, kind != CardKind.Discuss, withFeedback: true);
            var explanation = map.Text("explanation");
            var discuss = map.Text("discuss", required: false);
            var note = map.Text("facilitator_note", required: false);
            var review = map.Review();
            if (id is not null)
            {
                _cardFiles[id] = (map.File, map.Node.Start.Line);
            }

            return idOk && topic is not null && kind is not null && prompt is not null && options is not null && explanation is not null
                ? new Card(id!, topic, kind.Value, sensitive, signs, prompt, options, explanation, discuss, review, note)
                : null;
        }

        private string? TopicRef(YamlMap map, HashSet<string> topicIds)
        {
            var topic = map.String("topic");
            if (topic is not null && !topicIds.Contains(topic))
            {
                if (_someTopicUnreadable)
                {
                    return null;
                }

                map.Error(map.Get("topic")!, $"unknown topic '{topic}' (topics: {string.Join(", ", topicIds.Order(StringComparer.Ordinal))})");
                return null;
            }

            return topic;
        }

        private List<CardOption>? Options(YamlMap map, bool answerable, bool withFeedback)
        {
            var seq = map.List("options", required: answerable);
            if (seq is null)
            {
                return answerable ? null : [];
            }

            var options = new List<CardOption>();
            var ok = true;
            foreach (var item in seq)
            {
                var option = YamlMap.From(item, map.File, sink, _languages, "an option");
                if (option is null)
                {
                    ok = false;
                    continue;
                }

                option.OnlyKnown(withFeedback ? ["text", "correct", "feedback"] : ["text", "correct"]);
                var text = option.Text("text");
                var correct = option.Bool("correct");
                var feedback = withFeedback && answerable ? option.Text("feedback") : option.Text("feedback", required: false);
                if (text is null || (withFeedback && answerable && feedback is null))
                {
                    ok = false;
                    continue;
                }

                options.Add(new CardOption(text, correct, feedback));
            }

            if (answerable && seq.Children.Count < 2)
            {
                map.Error(seq, "needs at least two options");
                return null;
            }

            if (answerable && ok && !options.Any(o => o.Correct))
            {
                map.Error(seq, "no correct option: mark at least one option 'correct: true'");
                return null;
            }

            return ok ? options : null;
        }

        /// <summary>Reads a file whose entries are a list under <paramref name="key"/>, each with a unique id.</summary>
        private List<T> LoadListFile<T>(string relative, string key, string what, Func<YamlMap, Dictionary<string, string>, T?> read)
            where T : class
        {
            var map = OpenMap(relative);
            var seq = map?.List(key);
            if (map is null || seq is null)
            {
                return [];
            }

            map.OnlyKnown(key);
            if (seq.Children.Count == 0)
            {
                map.Error(seq, $"'{key}' needs at least one entry");
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = new List<T>();
            foreach (var node in seq)
            {
                if (YamlMap.From(node, map.File, sink, _languages, what) is { } entry && read(entry, ids) is { } value)
                {
                    entries.Add(value);
                }
            }

            return entries;
        }

        private List<Helpline> LoadHelplines() => LoadListFile("helplines.yaml", "helplines", "a helpline", ReadHelpline);

        private static Helpline? ReadHelpline(YamlMap line, Dictionary<string, string> ids)
        {
            line.OnlyKnown("id", "country", "name", "number", "address", "contact", "for", "hours", "cost", "source", "checked", "review");
            var id = line.String("id");
            var idOk = CheckId(line, id) && Unique(line, "id", id!, ids, "helpline id");
            var country = line.String("country");
            var name = line.Text("name");
            var number = line.String("number", required: false);
            if (number is not null && !NumberPattern().IsMatch(number))
            {
                line.Error(line.Get("number")!, $"'{number}' is not a phone number (digits, spaces, dashes, an optional leading +)");
                number = null;
                idOk = false;
            }

            var address = line.String("address", required: false);
            if (number is null && address is null && idOk)
            {
                line.Error("a helpline needs a 'number' or an 'address'");
                idOk = false;
            }

            var forWhom = line.Text("for");
            var hours = line.Text("hours");
            var cost = line.Text("cost");
            var source = line.String("source");
            var checkedText = line.String("checked");
            DateOnly? checkedOn = null;
            if (checkedText is not null)
            {
                if (DateOnly.TryParseExact(checkedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    checkedOn = d;
                }
                else
                {
                    line.Error(line.Get("checked")!, $"'checked' must be a date like 2026-11-29, not '{checkedText}'");
                }
            }

            var contact = line.Text("contact", required: false);
            var review = line.Review();
            return idOk && country is not null && name is not null && forWhom is not null && hours is not null
                && cost is not null && source is not null && checkedOn is not null
                ? new Helpline(id!, country, name, number, address, forWhom, hours, cost, source, checkedOn.Value, review, contact)
                : null;
        }

        private HelpGuide? LoadHelp()
        {
            var map = OpenMap("help.yaml");
            if (map is null)
            {
                return null;
            }

            map.OnlyKnown("threatened", "images", "trusted_adult", "review");
            var threatened = Section(map, "threatened", needSteps: true);
            var images = Section(map, "images", needSteps: false);
            var trusted = Section(map, "trusted_adult", needSteps: true);
            var review = map.Review();
            return threatened is not null && images is not null && trusted is not null
                ? new HelpGuide(threatened, images, trusted, review)
                : null;
        }

        private HelpSection? Section(YamlMap parent, string key, bool needSteps)
        {
            var value = parent.Get(key);
            if (value is null)
            {
                parent.Error($"missing section '{key}'");
                return null;
            }

            var map = YamlMap.From(value, parent.File, sink, _languages, $"'{key}'");
            if (map is null)
            {
                return null;
            }

            map.OnlyKnown("title", "steps", "text", "link");
            var title = map.Text("title");
            var steps = needSteps || map.Get("steps") is not null ? TextList(map, "steps") : [];
            var text = map.Text("text", required: !needSteps);
            var link = map.String("link", required: false);
            if (link is not null && !Uri.TryCreate(link, UriKind.Absolute, out _))
            {
                map.Error(map.Get("link")!, $"'link' must be a full address like https://..., not '{link}'");
                link = null;
            }

            return title is not null && steps is not null && (needSteps || text is not null)
                ? new HelpSection(title, steps, text, link)
                : null;
        }

        private Glossary? LoadGlossary()
        {
            var map = OpenMap("glossary.yaml");
            var seq = map?.List("terms");
            if (map is null || seq is null)
            {
                return null;
            }

            map.OnlyKnown("terms", "jargon");
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var terms = new List<GlossaryTerm>();
            foreach (var node in seq)
            {
                if (YamlMap.From(node, map.File, sink, _languages, "a glossary term") is { } entry && ReadTerm(entry, ids) is { } term)
                {
                    terms.Add(term);
                }
            }

            var jargon = new List<PlainWord>();
            foreach (var node in map.List("jargon", required: false)?.Children ?? [])
            {
                if (YamlMap.From(node, map.File, sink, _languages, "a jargon word") is not { } entry)
                {
                    continue;
                }

                entry.OnlyKnown("language", "word", "instead");
                var language = entry.String("language");
                var word = entry.String("word");
                var instead = entry.String("instead");
                if (language is not null && !_languages.Contains(language))
                {
                    entry.Error(entry.Get("language")!, $"'{language}' is not a language of this pack");
                }
                else if (language is not null && word is not null && instead is not null)
                {
                    jargon.Add(new PlainWord(language, word, instead));
                }
            }

            return new Glossary(terms, jargon);
        }

        private GlossaryTerm? ReadTerm(YamlMap entry, Dictionary<string, string> ids)
        {
            entry.OnlyKnown("id", "term", "definition", "avoid", "forms", "review");
            var id = entry.String("id");
            var idOk = CheckId(entry, id) && Unique(entry, "id", id!, ids, "glossary term");
            var term = entry.Text("term");
            var definition = entry.Text("definition");
            var avoid = WordsPerLanguage(entry, "avoid");
            var forms = WordsPerLanguage(entry, "forms");
            foreach (var (language, words) in avoid)
            {
                if (term is not null && words.FirstOrDefault(w => term.In(language).Contains(w, StringComparison.Ordinal)) is { } inside)
                {
                    entry.Error(entry.Get("avoid")!, $"'{inside}' is part of the term '{term.In(language)}' itself, so it cannot be avoided");
                    avoid.Remove(language);
                }
            }

            var review = entry.Review();
            return idOk && term is not null && definition is not null ? new GlossaryTerm(id!, term, definition, avoid, forms, review) : null;
        }

        private Dictionary<string, IReadOnlyList<string>> WordsPerLanguage(YamlMap entry, string key)
        {
            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (entry.Get(key) is not { } node || YamlMap.From(node, entry.File, sink, _languages, $"'{key}'") is not { } map)
            {
                return result;
            }

            foreach (var (k, _) in map.Node.Children)
            {
                var language = (k as YamlScalarNode)?.Value ?? "";
                if (_languages.Contains(language))
                {
                    result[language] = map.Strings(language);
                }
                else
                {
                    map.Error(k, $"'{key}' names '{language}', which is not a language of this pack");
                }
            }

            return result;
        }

        private List<Guide> LoadGuides()
        {
            var guides = new List<Guide>();
            foreach (var (id, audience) in RequiredGuides)
            {
                var relative = $"guides/{id}.yaml";
                var map = OpenMap(relative);
                if (map is null)
                {
                    continue;
                }

                map.OnlyKnown("id", "audience", "title", "summary", "sections", "review");
                var fileId = map.String("id");
                if (fileId is not null && fileId != id)
                {
                    map.Error(map.Get("id")!, $"the file {relative} must have 'id: {id}', not '{fileId}'");
                }

                var audienceName = map.String("audience");
                var expected = audience == GuideAudience.Staff ? "staff" : "public";
                if (audienceName is not null && audienceName != expected)
                {
                    map.Error(map.Get("audience")!, $"the {id} guide's audience is '{expected}', not '{audienceName}'");
                }

                var title = map.Text("title");
                var summary = map.Text("summary");
                var sections = GuideSections(map);
                var review = map.Review();
                if (fileId == id && title is not null && summary is not null && sections is not null)
                {
                    guides.Add(new Guide(id, audience, title, summary, sections, review));
                }
            }

            return guides;
        }

        private List<GuideSection>? GuideSections(YamlMap map)
        {
            var seq = map.List("sections");
            if (seq is null)
            {
                return null;
            }

            if (seq.Children.Count == 0)
            {
                map.Error(seq, "'sections' needs at least one section");
                return null;
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var sections = new List<GuideSection>();
            var ok = true;
            foreach (var node in seq)
            {
                var section = YamlMap.From(node, map.File, sink, _languages, "a section");
                if (section is null)
                {
                    ok = false;
                    continue;
                }

                section.OnlyKnown("id", "title", "text");
                var id = section.String("id");
                var idOk = CheckId(section, id) && Unique(section, "id", id!, ids, "section id");
                var title = section.Text("title");
                var text = section.Text("text");
                if (idOk && title is not null && text is not null)
                {
                    sections.Add(new GuideSection(id!, title, text));
                }
                else
                {
                    ok = false;
                }
            }

            return ok ? sections : null;
        }

        // A note written for the facilitator ("A good discussion ...") in a text the students see would
        // reach their phones and the projector: it belongs in 'facilitator_note'.
        private void CheckStaffNotes(List<Card> cards)
        {
            foreach (var card in cards)
            {
                var texts = new[] { card.Prompt, card.Explanation, card.Discuss }
                    .Concat(card.Options.SelectMany(o => new[] { o.Text, o.Feedback }))
                    .OfType<LocalizedText>();
                if (texts.SelectMany(t => t.Values.Values).Any(StaffNoteMarkers.ContainedIn)
                    && _cardFiles.TryGetValue(card.Id, out var at))
                {
                    sink.Add(at.File, new YamlDotNet.Core.Mark(0, at.Line, 1L),
                        $"card '{card.Id}': a note for the facilitator is in a text students see; move it to 'facilitator_note', which only staff read");
                }
            }
        }

        private List<AssessmentItem> LoadAssessment(HashSet<string> topicIds) =>
            LoadListFile("assessment.yaml", "items", "an assessment item", (item, ids) =>
            {
                item.OnlyKnown("id", "topic", "prompt", "options", "review");
                var id = item.String("id");
                var idOk = CheckId(item, id) && Unique(item, "id", id!, ids, "assessment item id");
                var topic = TopicRef(item, topicIds);
                var prompt = item.Text("prompt");
                var options = Options(item, answerable: true, withFeedback: false);
                var review = item.Review();
                return idOk && topic is not null && prompt is not null && options is not null
                    ? new AssessmentItem(id!, topic, prompt, options, review)
                    : null;
            });
    }
}
