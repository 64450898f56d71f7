using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sajag.Content;

/// <summary>Collects errors with their place; shared by every file of a pack.</summary>
internal sealed class ErrorSink
{
    private readonly List<PackError> _errors = [];

    public IReadOnlyList<PackError> Errors => _errors;

    public void Add(string file, Mark at, string message) =>
        _errors.Add(new PackError(file, (int)at.Line, (int)at.Column, message));

    public void Add(string file, YamlNode at, string message) => Add(file, at.Start, message);

    public void AddAtStart(string file, string message) => _errors.Add(new PackError(file, 1, 1, message));
}

/// <summary>Parses one YAML file of a pack, turning a syntax error into a located pack error.</summary>
internal static class YamlFile
{
    public static YamlNode? Parse(string fullPath, string file, ErrorSink sink)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (IOException ex)
        {
            sink.AddAtStart(file, $"cannot be read: {ex.Message}");
            return null;
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            sink.Add(file, Locate(ex, parser, text), $"is not valid YAML: {Describe(ex)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, not a YamlException, when a flow collection is left open at the end.
            sink.Add(file, parser.Current?.End ?? Mark.Empty, "is not valid YAML: a '{', '[' or quote opened here is never closed");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            // Found by the arbitrary-input test: e.g. a malformed %TAG directive throws ArgumentException.
            sink.Add(file, parser.Current?.End ?? Mark.Empty, $"is not valid YAML: {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            sink.AddAtStart(file, "is empty");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    // Some scanner errors carry no position: place them at the tab they complain of, or after the last good token.
    private static Mark Locate(YamlException ex, Parser parser, string text)
    {
        if (ex.Start.Line > 1 || ex.Start.Column > 1)
        {
            return ex.Start;
        }

        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
                if (tab >= 0 && tab < indent)
                {
                    return new Mark(0, i + 1, tab + 1);
                }
            }
        }

        return parser.Current?.End ?? ex.Start;
    }

    // YamlDotNet repeats the location in its message; keep only the explanation.
    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}

/// <summary>Reads the fields of one YAML mapping, reporting what is missing or of the wrong shape.</summary>
internal sealed class YamlMap(YamlMappingNode node, string file, ErrorSink sink, IReadOnlyList<string> languages)
{
    public YamlMappingNode Node => node;

    public string File => file;

    public static YamlMap? From(YamlNode? value, string file, ErrorSink sink, IReadOnlyList<string> languages, string what)
    {
        if (value is YamlMappingNode map)
        {
            return new YamlMap(map, file, sink, languages);
        }

        if (value is not null)
        {
            sink.Add(file, value, $"{what} must be a set of 'name: value' fields");
        }

        return null;
    }

    public YamlNode? Get(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public void Error(YamlNode at, string message) => sink.Add(file, at, message);

    public void Error(string message) => sink.Add(file, node, message);

    /// <summary>Reports any field that the format does not know, which is usually a typo.</summary>
    public void OnlyKnown(params string[] keys)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(name, StringComparer.Ordinal))
            {
                sink.Add(file, key, $"unknown field '{name}' (expected one of: {string.Join(", ", keys)})");
            }
        }
    }

    public string? String(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Error($"missing field '{key}'");
            }

            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            Error(value, $"'{key}' must be a single value");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required)
            {
                Error(value, $"'{key}' is empty");
            }

            return null;
        }

        return scalar.Value.Trim();
    }

    public bool Bool(string key)
    {
        var value = String(key, required: false);
        if (value is null)
        {
            return false;
        }

        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        Error(Get(key)!, $"'{key}' must be true or false, not '{value}'");
        return false;
    }

    public int? Int(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(Get(key)!, $"'{key}' must be a whole number, not '{value}'");
        return null;
    }

    public LocalizedText? Text(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Error($"missing field '{key}' (the text in {string.Join(" and ", languages)})");
            }

            return null;
        }

        return TextOf(value, $"'{key}'");
    }

    /// <summary>Reads a value that gives a text in every language of the pack.</summary>
    public LocalizedText? TextOf(YamlNode value, string what)
    {
        if (value is not YamlMappingNode map)
        {
            Error(value, $"{what} must give the text in each language ({string.Join(", ", languages)}), e.g. 'en: ...'");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var language = (k as YamlScalarNode)?.Value ?? "";
            if (!languages.Contains(language, StringComparer.Ordinal))
            {
                Error(k, $"{what} has text in '{language}', which is not a language of this pack ({string.Join(", ", languages)})");
                continue;
            }

            if (v is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                Error(v, $"{what} has an empty '{language}' text");
                continue;
            }

            texts[language] = text.Trim();
        }

        var ok = true;
        foreach (var language in languages.Where(l => !map.Children.ContainsKey(new YamlScalarNode(l))))
        {
            Error(map, $"{what} is missing its '{language}' translation");
            ok = false;
        }

        return ok && texts.Count == languages.Count ? new LocalizedText(texts) : null;
    }

    public YamlSequenceNode? List(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Error($"missing field '{key}'");
            }

            return null;
        }

        if (value is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(value, $"'{key}' must be a list (lines starting with '- ')");
        return null;
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var seq = List(key, required: false);
        if (seq is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in seq)
        {
            if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s))
            {
                result.Add(s.Trim());
            }
            else
            {
                Error(item, $"each entry of '{key}' must be a single value");
            }
        }

        return result;
    }

    /// <summary>Reads <c>review: { bn: pending }</c>: the languages whose translation waits for review.</summary>
    public IReadOnlyList<string> Review()
    {
        var value = Get("review");
        if (value is null)
        {
            return [];
        }

        if (value is not YamlMappingNode map)
        {
            Error(value, "'review' must name languages, e.g. 'review: { bn: pending }'");
            return [];
        }

        var pending = new List<string>();
        foreach (var (k, v) in map.Children)
        {
            var language = (k as YamlScalarNode)?.Value ?? "";
            if (!languages.Contains(language, StringComparer.Ordinal))
            {
                Error(k, $"'review' names '{language}', which is not a language of this pack");
            }
            else if (v is not YamlScalarNode { Value: "pending" or "done" })
            {
                Error(v, $"'review' for '{language}' must be 'pending' or 'done'");
            }
            else if (((YamlScalarNode)v).Value == "pending")
            {
                pending.Add(language);
            }
        }

        return pending;
    }

    public YamlScalarNode? ScalarNode(string key) => Get(key) as YamlScalarNode;
}
