using Sajag.Tests.Fixtures;

namespace Sajag.Content.Tests;

public sealed class PackValidatorTests : IDisposable
{
    private const string Cards = "cards/01-topic-one.yaml";
    private const string Topic = "topics/01-topic-one.yaml";
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private PackError SingleError()
    {
        var result = PackLoader.Load(_pack.Path);
        Assert.Null(result.Pack);
        return Assert.Single(result.Errors);
    }

    private void AssertAt(PackError error, string relative, (int Line, int Column) at)
    {
        Assert.Equal(_pack.File(relative), error.File);
        Assert.Equal(at, (error.Line, error.Column));
    }

    [Fact]
    public void ValidPack_LoadsEverything()
    {
        var result = PackLoader.Load(_pack.Path);

        Assert.Empty(result.Errors);
        var pack = Assert.IsType<ContentPack>(result.Pack);
        Assert.Equal("test-pack", pack.Info.Id);
        Assert.Equal("প্রথম বিষয়", Assert.Single(pack.Topics).Title.In("bn"));
        Assert.Equal(2, pack.Cards.Count);
        Assert.Equal(CardKind.Discuss, pack.Cards[1].Kind);
        Assert.Equal(["secrecy", "flattery"], pack.Cards[0].Signs);
        Assert.True(pack.Cards[0].Options[0].Correct);
        Assert.False(pack.Cards[0].Options[1].Correct);
        Assert.Equal("1098", Assert.Single(pack.Helplines).Number);
        Assert.Equal(new DateOnly(2026, 11, 29), pack.Helplines[0].Checked);
        Assert.Equal("https://takeitdown.ncmec.org", pack.Help.Images.Link);
        Assert.Single(pack.Assessment);
    }

    [Fact]
    public void ADeck_NamesItsCardsInPlayOrder()
    {
        _pack.Write("decks.yaml", "- id: short\n  title: { en: Short, bn: ছোট }\n  description: { en: Two cards, bn: দুটি কার্ড }\n  cards: [card-two, card-one]\n");

        var pack = PackLoader.LoadValid(_pack.Path);

        Assert.Equal(["card-two", "card-one"], Assert.Single(pack.Presets).Cards);
        Assert.Same(pack.Presets[0], pack.FindPreset("short"));
    }

    [Theory]
    [InlineData("[card-one, card-nope]", "card-nope", "no card has the id 'card-nope'")]
    [InlineData("[card-one, card-one]", "card-one]", "the card 'card-one' is in this deck twice")]
    [InlineData("[]", "[]", "a deck needs at least one card")]
    public void ADeck_WithAnUnknownRepeatedOrNoCard_IsReportedWhereItSaysSo(string cards, string marker, string message)
    {
        _pack.Write("decks.yaml", $"- id: short\n  title: {{ en: Short, bn: ছোট }}\n  description: {{ en: Two cards, bn: দুটি কার্ড }}\n  cards: {cards}\n");

        var error = SingleError();

        AssertAt(error, "decks.yaml", _pack.Locate("decks.yaml", marker));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTopic_IsReportedAtTheTopicValue()
    {
        _pack.Replace(Cards, "- id: card-one\n  topic: topic-one", "- id: card-one\n  topic: topic-nope");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "topic-nope"));
        Assert.Contains("unknown topic 'topic-nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateCardId_IsReportedAtTheSecondIdAndNamesTheFirst()
    {
        _pack.Replace(Cards, "- id: card-two", "- id: card-one");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "card-one", occurrence: 2));
        var first = _pack.Locate(Cards, "card-one");
        Assert.Contains($"duplicate card id 'card-one' (first used at {_pack.File(Cards)}:{first.Line}:{first.Column})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateCardIdAcrossFiles_IsReported()
    {
        _pack.Write("cards/02-more.yaml", TestPack.CardsYaml.Replace("card-two", "card-three", StringComparison.Ordinal));

        var error = SingleError();

        AssertAt(error, "cards/02-more.yaml", _pack.Locate("cards/02-more.yaml", "card-one"));
    }

    [Fact]
    public void MissingTranslation_IsReportedAtTheTextWithTheLanguage()
    {
        _pack.Replace(Topic, "  en: Topic one\n  bn: প্রথম বিষয়", "  en: Topic one");

        var error = SingleError();

        AssertAt(error, Topic, _pack.Locate(Topic, "en: Topic one"));
        Assert.Equal("'title' is missing its 'bn' translation", error.Message);
    }

    [Fact]
    public void TextWithoutLanguages_IsReportedAsNeedingEachLanguage()
    {
        _pack.Replace(Cards, "explanation: { en: Because., bn: কারণ। }", "explanation: Because.");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "Because."));
        Assert.Contains("must give the text in each language (en, bn)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCorrectOption_IsReportedAtTheOptions()
    {
        _pack.Replace(Cards, "      correct: true\n", "");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "- text: { en: Tell an adult"));
        Assert.Contains("no correct option", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessmentItemWithNoCorrectOption_IsReported()
    {
        _pack.Replace("assessment.yaml", "        correct: true\n", "");

        var error = SingleError();

        AssertAt(error, "assessment.yaml", _pack.Locate("assessment.yaml", "- text: { en: This"));
    }

    [Fact]
    public void UnknownSignCode_IsReportedAtTheCode()
    {
        _pack.Replace(Cards, "signs: [secrecy, flattery]", "signs: [secrecy, flatery]");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "flatery"));
        Assert.Contains("'flatery' is not a warning-sign code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYaml_IsReportedWhereTheParserStopped()
    {
        _pack.Replace(Topic, "summary: { en: A summary., bn: একটি সারাংশ। }", "summary: { en: A summary., bn: একটি সারাংশ। ");

        var error = SingleError();

        Assert.Equal(_pack.File(Topic), error.File);
        Assert.Contains("is not valid YAML", error.Message, StringComparison.Ordinal);
        var summary = _pack.Locate(Topic, "summary:");
        Assert.InRange(error.Line, summary.Line, summary.Line + 1);
    }

    [Fact]
    public void TabIndentation_IsMalformedYamlWithItsLine()
    {
        _pack.Replace("help.yaml", "  title: { en: Images", "\ttitle: { en: Images");

        var error = SingleError();

        Assert.Equal(_pack.File("help.yaml"), error.File);
        Assert.Equal(_pack.Locate("help.yaml", "title: { en: Images").Line, error.Line);
    }

    [Fact]
    public void UnknownCardKind_IsReportedAtTheKind()
    {
        _pack.Replace(Cards, "kind: scenario", "kind: quiz");

        var error = SingleError();

        AssertAt(error, Cards, _pack.Locate(Cards, "quiz"));
        Assert.Contains("unknown card kind 'quiz'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspelledField_IsReportedAsUnknownField()
    {
        _pack.Replace(Topic, "red_alert:", "red_alrt:");

        var errors = PackLoader.Load(_pack.Path).Errors;

        Assert.Contains(errors, e => e.Message.StartsWith("unknown field 'red_alrt'", StringComparison.Ordinal) && (e.Line, e.Column) == _pack.Locate(Topic, "red_alrt"));
        Assert.Contains(errors, e => e.Message.StartsWith("missing field 'red_alert'", StringComparison.Ordinal) && e.Line == 1 && e.Column == 1);
    }

    [Fact]
    public void MissingFile_IsReportedAtItsStart()
    {
        File.Delete(_pack.File("helplines.yaml"));

        var error = SingleError();

        Assert.Equal(new PackError(_pack.File("helplines.yaml"), 1, 1, "is missing"), error);
    }

    [Fact]
    public void PackWithoutBangla_IsRefused()
    {
        _pack.Replace("pack.yaml", "languages: [en, bn]", "languages: [en]");

        var errors = PackLoader.Load(_pack.Path).Errors;

        Assert.Contains(errors, e => e.File == _pack.File("pack.yaml") && e.Message.Contains("must include 'bn'", StringComparison.Ordinal));
    }

    [Fact]
    public void TextInALanguageThePackDoesNotHave_IsReported()
    {
        _pack.Replace(Topic, "red_alert: { en: Be careful., bn: সাবধান থাকো। }", "red_alert: { en: Be careful., bn: সাবধান থাকো।, fr: Attention. }");

        var error = SingleError();

        AssertAt(error, Topic, _pack.Locate(Topic, "fr:"));
    }

    [Fact]
    public void UnsafeColour_IsRefused()
    {
        _pack.Replace(Topic, "colour: \"#1f5f8b\"", "colour: \"red;}body{display:none\"");

        var error = SingleError();

        AssertAt(error, Topic, _pack.Locate(Topic, "\"red;"));
    }

    [Fact]
    public void HelplineWithoutNumberOrAddress_IsReported()
    {
        _pack.Replace("helplines.yaml", "    number: \"1098\"\n", "");

        var error = SingleError();

        AssertAt(error, "helplines.yaml", _pack.Locate("helplines.yaml", "id: child-helpline"));
        Assert.Contains("needs a 'number' or an 'address'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelplineWithABadDate_IsReported()
    {
        _pack.Replace("helplines.yaml", "checked: 2026-11-29", "checked: 29/11/2026");

        var error = SingleError();

        AssertAt(error, "helplines.yaml", _pack.Locate("helplines.yaml", "29/11/2026"));
    }

    [Fact]
    public void DuplicateTopicOrder_IsReported()
    {
        _pack.Write("topics/02-topic-two.yaml", TestPack.TopicYaml.Replace("topic-one", "topic-two", StringComparison.Ordinal));

        var error = SingleError();

        var order = _pack.Locate("topics/02-topic-two.yaml", "order: 1");
        AssertAt(error, "topics/02-topic-two.yaml", (order.Line, order.Column + "order: ".Length));
        Assert.Contains("duplicate topic order '1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CardsFileThatIsNotAList_IsReported()
    {
        _pack.Write("cards/02-bad.yaml", "id: lonely-card\ntopic: topic-one\n");

        var error = SingleError();

        AssertAt(error, "cards/02-bad.yaml", (1, 1));
        Assert.Contains("must be a list of cards", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsInSeveralFiles_AreAllReportedAtOnce()
    {
        _pack.Replace(Cards, "kind: scenario", "kind: quiz")
            .Replace("assessment.yaml", "topic: topic-one", "topic: nowhere")
            .Replace("help.yaml", "link: https://takeitdown.ncmec.org", "link: not a link");

        var errors = PackLoader.Load(_pack.Path).Errors;

        Assert.Equal(3, errors.Count);
        Assert.Equal(
            new[] { _pack.File(Cards), _pack.File("help.yaml"), _pack.File("assessment.yaml") }.Order(),
            errors.Select(e => e.File).Order());
    }

    [Fact]
    public void PendingReview_IsCountedPerLanguage()
    {
        _pack.Replace(Cards, "- id: card-two", "- id: card-two\n  review: { bn: pending }")
            .Replace(Topic, "signs: [secrecy]", "signs: [secrecy]\nreview: { bn: pending }");

        var pack = PackLoader.LoadValid(_pack.Path);

        Assert.Equal(2, pack.PendingReviewCounts()["bn"]);
    }

    [Fact]
    public void LoadValid_OnABrokenPack_ThrowsWithEveryError()
    {
        _pack.Replace(Cards, "kind: scenario", "kind: quiz").Replace(Cards, "flattery]", "flatery]");

        var ex = Assert.Throws<InvalidPackException>(() => PackLoader.LoadValid(_pack.Path));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains($"{_pack.File(Cards)}:{_pack.Locate(Cards, "quiz").Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolder_IsReported()
    {
        var result = PackLoader.Load(Path.Join(_pack.Path, "nowhere"));

        Assert.False(result.IsValid);
        Assert.Contains("no content pack folder", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArbitraryBytesInAnyFile_NeverThrow()
    {
        var random = new Random(20261129);
        string[] files = ["pack.yaml", Topic, Cards, "helplines.yaml", "help.yaml", "assessment.yaml"];
        string[] pieces = ["- ", ": ", "{", "}", "[", "]", "\n", "  ", "id", "en", "bn", "\"", "'", "&a", "*a", "!!", "#", "|", ">", "\t", "ক", "\u200b", "?", "%"];
        for (var i = 0; i < 1000; i++)
        {
            using var pack = new TestPack();
            var file = files[random.Next(files.Length)];
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            pack.Write(file, text);

            var result = PackLoader.Load(pack.Path);

            Assert.False(result.IsValid, $"garbage in {file} was accepted: {text}");
            Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
        }
    }
}
