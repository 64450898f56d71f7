using Sajag.Safety.Check;
using Sajag.Safety.Posts;
using System.ComponentModel.DataAnnotations;
using Markdig;
using Sajag.Content;

namespace Sajag.Web.Infrastructure;

/// <summary>Where the content pack is.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The pack folder: absolute, or relative to the working directory or any folder above the app.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PackPath { get; set; } = "content/packs/default";

    public string Resolve(string contentRoot)
    {
        if (Path.IsPathRooted(PackPath))
        {
            return PackPath;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Join(dir.FullName, PackPath);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(PackPath);
    }
}

/// <summary>The loaded pack with its lessons rendered once, at start.</summary>
public sealed class PackCatalog
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml() // pack authors write Markdown, never raw HTML: nothing in a pack can run script.
        .Build();

    private readonly Dictionary<(string Topic, string Language), string> _lessons = [];
    private readonly Dictionary<(string Guide, string Section, string Language), string> _guides = [];

    public PackCatalog(ContentPack pack)
    {
        Pack = pack;
        SafeContacts = new SafeContacts(pack.HelpContactTexts());
        HelpNumbers = new HelpNumbers(pack.HelplineNumber(ContentPack.ChildHelplineId), pack.HelplineNumber(ContentPack.EmergencyHelplineId));
        foreach (var language in pack.Info.Languages)
        {
            // Each glossary term is linked once, from the first lesson (in pack order) where it appears.
            var unlinked = pack.Glossary.Terms.ToList();
            foreach (var topic in pack.Topics)
            {
                var html = RenderMarkdown(topic.Lesson.In(language));
                foreach (var term in unlinked.ToList())
                {
                    if (GlossaryLinks.LinkFirst(html, term, language) is { } linked)
                    {
                        html = linked;
                        unlinked.Remove(term);
                    }
                }

                _lessons[(topic.Id, language)] = html;
            }

            foreach (var guide in pack.Guides)
            {
                foreach (var section in guide.Sections)
                {
                    _guides[(guide.Id, section.Id, language)] = RenderMarkdown(section.Text.In(language));
                }
            }
        }

        // Colours are validated as #rrggbb by the loader, so this stylesheet cannot carry anything else.
        TopicStyles = string.Concat(pack.Topics.Select(t => $".topic-{t.Id}{{--topic:{t.Colour}}}"));
        StyleVersion = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(TopicStyles)))[..12].ToLowerInvariant();
    }

    public ContentPack Pack { get; }

    /// <summary>The pack's helplines, which moderation leaves readable in an answer.</summary>
    public SafeContacts SafeContacts { get; }

    /// <summary>The child helpline's and the emergency number, which the check's advice and the help pages name.</summary>
    public HelpNumbers HelpNumbers { get; }

    /// <summary>The child helpline and the emergency service, in that order: the two numbers a threatened young person is given.</summary>
    public IReadOnlyList<Helpline> UrgentHelplines =>
        [.. new[] { ContentPack.ChildHelplineId, ContentPack.EmergencyHelplineId }.Select(id => Pack.FindHelpline(id)).OfType<Helpline>()];

    public string TopicStyles { get; }

    public string StyleVersion { get; }

    public string LessonHtml(Topic topic, string language) => _lessons[(topic.Id, language)];

    public string SectionHtml(Guide guide, GuideSection section, string language) => _guides[(guide.Id, section.Id, language)];

    public static string RenderMarkdown(string text) => Markdig.Markdown.ToHtml(text, Markdown);
}

internal static class ContentPackSetup
{
    /// <summary>Loads and validates the pack before the app starts; an invalid pack stops the start with every error.</summary>
    public static WebApplicationBuilder AddContentPack(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();
        var path = options.Resolve(builder.Environment.ContentRootPath);
        var pack = PackLoader.LoadValid(path);
        builder.Services.AddSingleton(new PackCatalog(pack));
        return builder;
    }
}
