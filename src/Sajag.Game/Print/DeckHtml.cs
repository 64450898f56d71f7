using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Sajag.Content;

namespace Sajag.Game.Print;

/// <summary>The words printed around the pack's text, in the deck's language.</summary>
public sealed record DeckWords(string Title, string HowToPrint, string Answer, string Discuss, string Sheet, string Fronts, string Backs, IReadOnlyDictionary<CardKind, string> Kinds);

/// <summary>How the page gets its styles: linked stylesheets (the web app, whose CSP forbids inline styles) or inlined (a file for the PDF).</summary>
public sealed record DeckStyles(IReadOnlyList<string> Links, bool Inline);

/// <summary>Renders a deck as a printable HTML page: fronts and backs aligned for double-sided A4.</summary>
public static class DeckHtml
{
    /// <summary>The print stylesheet, shipped inside this library so the web app and the CLI print alike.</summary>
    public static string Stylesheet { get; } = ReadStylesheet();

    /// <summary>The card-kind names and labels in English and Bangla.</summary>
    public static DeckWords WordsFor(string language) => language == "bn"
        ? new DeckWords(
            "সজাগ কার্ড গেম", "দুই পাশে প্রিন্ট করো (লম্বা দিক বরাবর উল্টাবে), তারপর দাগ ধরে কাটো।", "উত্তর", "আলোচনা করো", "পাতা", "সামনের দিক", "পেছনের দিক",
            new Dictionary<CardKind, string>
            {
                [CardKind.Scenario] = "ঘটনা", [CardKind.MythOrFact] = "মিথ না সত্য", [CardKind.WhatWouldYouDo] = "তুমি কী করবে",
                [CardKind.SpotTheSign] = "সংকেত চেনো", [CardKind.Discuss] = "আলোচনা",
            })
        : new DeckWords(
            "Sajag card game", "Print on both sides (flip on the long edge), then cut along the dashed lines.", "Answer", "Discuss", "Sheet", "fronts", "backs",
            new Dictionary<CardKind, string>
            {
                [CardKind.Scenario] = "Scenario", [CardKind.MythOrFact] = "Myth or fact", [CardKind.WhatWouldYouDo] = "What would you do?",
                [CardKind.SpotTheSign] = "Spot the sign", [CardKind.Discuss] = "Discuss",
            });

    /// <summary>The whole page. Every text from the pack is HTML-encoded.</summary>
    public static string Render(ContentPack pack, IReadOnlyList<Card> cards, string language, DeckStyles styles)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(styles);
        var words = WordsFor(language);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{E(words.Title)}</title>");
        foreach (var link in styles.Links)
        {
            html.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{E(link)}\">");
        }

        if (styles.Inline)
        {
            html.Append("<style>").Append(Stylesheet).Append(TopicColours(pack)).Append("</style>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</head><body class=\"deck\"><header class=\"deck-intro\"><h1>{E(words.Title)}</h1><p>{E(words.HowToPrint)}</p><p>{cards.Count} · {E(pack.Info.Title.In(language))} {E(pack.Info.Version)}</p></header>");
        foreach (var sheet in PrintLayout.Arrange(cards))
        {
            Sheet(html, pack, sheet.Fronts, language, words, $"{words.Sheet} {sheet.Number}, {words.Fronts}", front: true);
            Sheet(html, pack, sheet.Backs, language, words, $"{words.Sheet} {sheet.Number}, {words.Backs}", front: false);
        }

        return html.Append("</body></html>").ToString();
    }

    /// <summary>Each topic's colour as a class, for pages that inline their styles.</summary>
    public static string TopicColours(ContentPack pack) =>
        string.Concat(pack.Topics.Select(t => $".topic-{t.Id}{{--topic:{t.Colour}}}"));

    private static void Sheet(StringBuilder html, ContentPack pack, IReadOnlyList<Card?> slots, string language, DeckWords words, string label, bool front)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"sheet {(front ? "fronts" : "backs")}\" aria-label=\"{E(label)}\">");
        foreach (var card in slots)
        {
            if (card is null)
            {
                html.Append("<div class=\"card empty\"></div>");
                continue;
            }

            var topic = pack.FindTopic(card.TopicId)!;
            var dense = !front && BackLength(card, language) > DenseBack ? " dense" : "";
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"card {(front ? "front" : "back")}{dense} topic-{card.TopicId}\" data-card=\"{E(card.Id)}\"><p class=\"band\">{E(topic.Title.In(language))}</p>");
            if (front)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"kind\">{E(words.Kinds[card.Kind])}</p><p class=\"prompt\">{E(card.Prompt.In(language))}</p>");
                if (card.Options.Count > 0)
                {
                    html.Append("<ol class=\"options\" type=\"A\">");
                    foreach (var option in card.Options)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<li>{E(option.Text.In(language))}</li>");
                    }

                    html.Append("</ol>");
                }
            }
            else
            {
                var correct = Scoring.CorrectOptions(card);
                if (correct.Count > 0)
                {
                    var answers = string.Join(" · ", correct.Select(i => $"{(char)('A' + i)}) {card.Options[i].Text.In(language)}"));
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"answer\"><strong>{E(words.Answer)}:</strong> {E(answers)}</p>");
                }

                html.Append(CultureInfo.InvariantCulture, $"<p class=\"explanation\">{E(card.Explanation.In(language))}</p>");
                if (card.Discuss is { } discuss)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"discuss\"><strong>{E(words.Discuss)}:</strong> {E(discuss.In(language))}</p>");
                }
            }

            html.Append(CultureInfo.InvariantCulture, $"<p class=\"id\">{E(card.Id)}</p></article>");
        }

        html.Append("</section>");
    }

    // Backs longer than this (answer, explanation and discuss prompt) get a smaller type size to fit the card.
    private const int DenseBack = 480;

    private static int BackLength(Card card, string language) =>
        card.Explanation.In(language).Length + (card.Discuss?.In(language).Length ?? 0)
        + Scoring.CorrectOptions(card).Sum(i => card.Options[i].Text.In(language).Length);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string ReadStylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sajag.Game.Print.deck.css")
            ?? throw new InvalidOperationException("deck.css is not embedded in Sajag.Game.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
