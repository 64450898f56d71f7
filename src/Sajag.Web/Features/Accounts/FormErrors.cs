using Microsoft.AspNetCore.Identity;

namespace Sajag.Web.Features.Accounts;

/// <summary>A form's errors by the field they are about, so each shows beside its field.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public bool Any => _byField.Count > 0;

    public IReadOnlyList<string> For(string field) => _byField.TryGetValue(field, out var list) ? list : [];

    /// <summary>The field's errors, for the _Field partial.</summary>
    public FieldErrors Field(string field) => new(field, For(field));

    /// <summary>"true" when the field has an error, else null (Razor then leaves the attribute out).</summary>
    public string? Invalid(string field) => For(field).Count > 0 ? "true" : null;

    /// <summary>The id of the field's error message, when it has one.</summary>
    public string? DescribedBy(string field) => For(field).Count > 0 ? field + "-error" : null;

    public void Add(string field, string message)
    {
        if (!_byField.TryGetValue(field, out var list))
        {
            _byField[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Identity's errors, each put beside the email or the password field by its code.</summary>
    public void Add(IEnumerable<IdentityError> errors, string emailField, string passwordField)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : emailField, error.Description);
        }
    }
}

/// <summary>One field's errors, for the _Field partial.</summary>
public sealed record FieldErrors(string Id, IReadOnlyList<string> Messages);
