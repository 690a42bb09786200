using System.Globalization;
using System.Text;
using System.Text.Json;
using MathForML.Cells.Outputs;
using static System.Net.WebUtility;

namespace MathForML.Generator.Charts;

/// <summary>
/// The controls of an explorable chart: a labelled range input over the frames (a real form control,
/// so keyboards and screen readers work it as they work any slider, and it speaks the value through
/// aria-valuetext), the current value, previous/next buttons and play. They are hidden until
/// charts.js takes them over: without JavaScript the chart is its initial frame's image. The values'
/// words are on the controls (the slider speaks them before any frame is loaded); the frames travel
/// with the figure in its script (<see cref="ChartDataFile"/>).
/// </summary>
public static class ChartSliderHtml
{
    public static string Render(string chartId, ChartFrames frames)
    {
        var sliderId = chartId + "-slider";
        var initialLabel = frames.Labels[frames.Initial];
        var html = new StringBuilder();

        var parameter = HtmlEncode(frames.Parameter);
        html.Append("<div class=\"chart-explore\" data-explore=\"").Append(chartId)
            .Append("\" data-labels=\"").Append(HtmlEncode(JsonSerializer.Serialize(frames.Labels))).Append("\" hidden>");
        // The name and the value read together ("step size η  0.1") and stay on one line on a phone.
        html.Append("<span class=\"explore-reading\">");
        html.Append("<label class=\"explore-label\" for=\"").Append(sliderId).Append("\">").Append(parameter).Append("</label>");
        // The slider already speaks its value; this copy is for the eyes only.
        html.Append("<span class=\"explore-value\" aria-hidden=\"true\">").Append(HtmlEncode(initialLabel)).Append("</span>");
        html.Append("</span>");
        html.Append("<input class=\"explore-slider\" type=\"range\" id=\"").Append(sliderId).Append("\" min=\"0\" max=\"")
            .Append((frames.Figures.Count - 1).ToString(CultureInfo.InvariantCulture)).Append("\" step=\"1\" value=\"")
            .Append(frames.Initial.ToString(CultureInfo.InvariantCulture)).Append("\" aria-valuetext=\"")
            .Append(HtmlEncode(ValueText(frames.Parameter, initialLabel))).Append("\" aria-controls=\"").Append(chartId).Append("-plot\">");
        html.Append("<span class=\"explore-buttons\">");
        html.Append("<button type=\"button\" class=\"button explore-step\" data-step=\"-1\" aria-label=\"Previous value of ").Append(parameter).Append("\">‹</button>");
        html.Append("<button type=\"button\" class=\"button explore-play\" aria-pressed=\"false\">Play</button>");
        html.Append("<button type=\"button\" class=\"button explore-step\" data-step=\"1\" aria-label=\"Next value of ").Append(parameter).Append("\">›</button>");
        html.Append("</span></div>");
        return html.ToString();
    }

    /// <summary>On paper nothing moves: say which value is drawn and which the site lets the reader try.</summary>
    public static string PrintedNote(ChartFrames frames) =>
        "<p class=\"chart-explore-note\">Drawn at " + HtmlEncode(ValueText(frames.Parameter, frames.Labels[frames.Initial]))
        + "; the course site lets you move " + HtmlEncode(frames.Parameter) + " through "
        + HtmlEncode(string.Join(", ", frames.Labels)) + ".</p>";

    private static string ValueText(string parameter, string label) => parameter + " = " + label;
}
