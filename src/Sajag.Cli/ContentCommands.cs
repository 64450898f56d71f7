using System.CommandLine;
using System.Globalization;
using Sajag.Content;

namespace Sajag.Cli;

/// <summary>`sajag content ...`: check a pack before it is used.</summary>
internal static class ContentCommands
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "The pack folder, e.g. content/packs/default" };
        var validate = new Command("validate", "Validate a content pack: print every error with file:line:column (exit 1), or a summary (exit 0).");
        validate.Arguments.Add(path);
        validate.SetAction(parse => Validate(parse.GetValue(path)!, output, error));

        var content = new Command("content", "Work with content packs.");
        content.Subcommands.Add(validate);
        return content;
    }

    private static int Validate(string path, TextWriter output, TextWriter error)
    {
        var result = PackLoader.Load(path);
        if (!result.IsValid)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem.ToString());
            }

            error.WriteLine($"{result.Errors.Count} error(s): the pack at '{path}' cannot be used until they are fixed.");
            return 1;
        }

        output.Write(Summary(result.Pack!));
        return 0;
    }

    internal static string Summary(ContentPack pack)
    {
        var c = CultureInfo.InvariantCulture;
        var writer = new StringWriter(c);
        writer.WriteLine($"Pack '{pack.Info.Id}' version {pack.Info.Version} is valid. Languages: {string.Join(", ", pack.Info.Languages)}.");
        writer.WriteLine($"Topics: {pack.Topics.Count}");
        var kinds = Enum.GetValues<CardKind>().Select(k => $"{PackLoader.KindName(k)} {pack.Cards.Count(card => card.Kind == k)}");
        writer.WriteLine($"Cards: {pack.Cards.Count} ({string.Join(", ", kinds)}); sensitive: {pack.Cards.Count(card => card.Sensitive)}");
        writer.WriteLine($"Ready-made decks: {(pack.Presets.Count == 0 ? "none" : string.Join(", ", pack.Presets.Select(d => $"{d.Id} ({d.Cards.Count} cards)")))}");
        writer.WriteLine($"Helplines: {pack.Helplines.Count}");
        writer.WriteLine($"Assessment items: {pack.Assessment.Count}");
        writer.WriteLine($"Glossary terms: {pack.Glossary.Terms.Count}; guides: {string.Join(", ", pack.Guides.Select(g => g.Id))}");
        var pending = pack.PendingReviewCounts();
        var review = pack.Info.Languages.Select(l => $"{l} {pending.GetValueOrDefault(l)}");
        writer.WriteLine($"Texts pending review: {pending.Values.Sum()} ({string.Join(", ", review)})");
        var items = pack.PendingReview();
        if (items.Count > 0)
        {
            writer.WriteLine($"Pending review: {items.Count} item(s) an NGO must check before use:");
            foreach (var group in items.GroupBy(i => (i.Kind, Languages: string.Join(", ", i.Languages))))
            {
                writer.WriteLine($"  {group.Key.Kind} ({group.Key.Languages}): {string.Join(", ", group.Select(i => i.Id))}");
            }
        }

        return writer.ToString();
    }
}
