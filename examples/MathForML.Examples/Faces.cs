using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Examples;

/// <summary>
/// A seeded generator of small synthetic grey-scale faces for the eigenfaces project, and a helper
/// that tiles face images into one grid for a heat map. No open face data set ships in the package
/// registries the course can use, so the faces are drawn from a documented model instead: each
/// identity is a fixed set of shape parameters, and each photograph of it adds lighting, pose,
/// expression and pixel noise.
/// </summary>
/// <remarks>
/// Coordinates: x runs from −1 (left) to 1 (right) and y from −1 (top) to 1 (bottom) across the image.
/// Identity parameters, drawn once per person: head half-width and half-height, skin tone, hair tone
/// and hairline, eye spacing, height and size, brow gap and thickness, nose length and width,
/// mouth width, height and resting curve. Image parameters, drawn per photograph: a horizontal
/// lighting gradient and an overall brightness, a shift of the whole face (pose), a smile or frown
/// added to the mouth's curve and how open the eyes are (expression), and Gaussian pixel noise.
/// Edges are soft (logistic ramps), so that a shift of a fraction of a pixel changes the image
/// smoothly, as a camera's does.
/// </remarks>
public static class Faces
{
    private const double Background = 0.12;

    /// <summary>
    /// Draws <paramref name="identities"/> people with <paramref name="imagesPerIdentity"/> photographs
    /// each, as <paramref name="size"/> × <paramref name="size"/> images. Returns one image per row of
    /// <c>Images</c> (row-major pixels: entry r·size + c is row r, column c, row 0 at the top; values in
    /// [0, 1]) and the person of each row in <c>Labels</c>. Rows are grouped by person: the photographs
    /// of person p are rows p·imagesPerIdentity … (p + 1)·imagesPerIdentity − 1.
    /// </summary>
    public static (Matrix<double> Images, int[] Labels) Generate(
        int identities, int imagesPerIdentity, int size, int seed, double noise = 0.03)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(identities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(imagesPerIdentity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        var random = new Random(seed);
        var n = identities * imagesPerIdentity;
        var images = Matrix<double>.Build.Dense(n, size * size);
        var labels = new int[n];
        for (var p = 0; p < identities; p++)
        {
            var person = Person.Draw(random);
            for (var k = 0; k < imagesPerIdentity; k++)
            {
                var row = p * imagesPerIdentity + k;
                labels[row] = p;
                var shot = Shot.Draw(random);
                for (var r = 0; r < size; r++)
                    for (var c = 0; c < size; c++)
                    {
                        var x = 2 * (c + 0.5) / size - 1;
                        var y = 2 * (r + 0.5) / size - 1;
                        var value = Pixel(person, shot, x, y) + noise * Gaussian(random);
                        images[row, r * size + c] = Math.Clamp(value, 0, 1);
                    }
            }
        }
        return (images, labels);
    }

    /// <summary>
    /// Tiles images (each a row-major <paramref name="size"/> × <paramref name="size"/> vector) into
    /// one grid of <paramref name="columns"/> faces a row, separated by a one-pixel gap of NaN (drawn
    /// empty), for a heat map. Plotly draws z's row 0 at the bottom, so by default the rows are flipped
    /// here, for <c>Chart.Heatmap</c>: the faces come out upright and the first image sits at the top
    /// left. Pass <paramref name="flipRows"/> = false for a chart whose y axis is reversed (row 0 at
    /// the top), which shows the grid as it is. Values are rounded to <paramref name="digits"/>
    /// decimals to keep the page light.
    /// </summary>
    public static double[,] Tile(IReadOnlyList<Vector<double>> images, int columns, int size, int digits = 2, bool flipRows = true)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(images.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (images.Any(image => image.Count != size * size))
            throw new ArgumentException($"Every image must have {size * size} pixels.", nameof(images));
        columns = Math.Min(columns, images.Count);
        var rows = (images.Count + columns - 1) / columns;
        var height = rows * (size + 1) - 1;
        var width = columns * (size + 1) - 1;
        var z = new double[height, width];
        for (var i = 0; i < height; i++)
            for (var j = 0; j < width; j++) z[i, j] = double.NaN;
        for (var t = 0; t < images.Count; t++)
        {
            var (top, left) = (t / columns * (size + 1), t % columns * (size + 1));
            for (var r = 0; r < size; r++)
                for (var c = 0; c < size; c++)
                    z[flipRows ? height - 1 - (top + r) : top + r, left + c] = Math.Round(images[t][r * size + c], digits);
        }
        return z;
    }

    private static double Pixel(Person person, Shot shot, double x, double y)
    {
        // Work in the face's own frame: the pose shift moves every feature together.
        var (cx, cy) = (shot.ShiftX, 0.04 + shot.ShiftY);
        var (u, v) = (x - cx, y - cy);

        var head = Soft(1 - Sq(u / person.HeadWidth) - Sq(v / person.HeadHeight), 0.08);
        var skin = person.Skin;

        // Hair: the top of the head above the hairline.
        var hair = head * Soft(-(v - (-person.HeadHeight + person.Hairline)), 0.03);

        // Eyes: dark ellipses whose height is scaled by how open they are.
        var eyes = 0.0;
        var brows = 0.0;
        foreach (var side in new[] { -1.0, 1.0 })
        {
            var ex = u - side * person.EyeSpacing;
            var ey = v - person.EyeHeight;
            eyes = Math.Max(eyes, Soft(1 - Sq(ex / person.EyeSize) - Sq(ey / (0.7 * person.EyeSize * shot.EyeOpen)), 0.15));
            var by = ey + person.BrowGap;
            brows = Math.Max(brows, Soft(person.BrowThickness - Math.Abs(by), 0.015)
                                   * Soft(1.5 * person.EyeSize - Math.Abs(ex), 0.02));
        }

        // Nose: a darker vertical stroke from eye level down, ending in a shadow.
        var nose = Soft(person.NoseWidth - Math.Abs(u), 0.015) * Soft(v - person.EyeHeight - 0.05, 0.02)
                   * Soft(person.EyeHeight + person.NoseLength - v, 0.02);

        // Mouth: a parabola y = height + curve·(u / width)², a dark band along it inside the width.
        var curve = person.MouthCurve + shot.Smile;
        var mouthLine = person.MouthHeight - curve * Sq(u / person.MouthWidth);
        var mouth = Soft(0.035 - Math.Abs(v - mouthLine), 0.015) * Soft(person.MouthWidth - Math.Abs(u), 0.02);

        var face = skin;
        face = Mix(face, person.HairTone, hair);
        face = Mix(face, 0.08, eyes);
        face = Mix(face, person.HairTone * 0.8, brows);
        face = Mix(face, skin - 0.18, nose);
        face = Mix(face, 0.15, mouth);

        // Lighting: a side light brightens one half of the face and darkens the other.
        var lit = face * shot.Brightness * (1 + shot.Light * u / person.HeadWidth);
        return Mix(Background, lit, head);
    }

    private static double Soft(double z, double width) => 1 / (1 + Math.Exp(-z / width));

    private static double Sq(double z) => z * z;

    private static double Mix(double a, double b, double weight) => a + (b - a) * weight;

    private static double Uniform(Random random, double low, double high) => low + (high - low) * random.NextDouble();

    private static double Gaussian(Random random)
    {
        // Box–Muller; 1 − U keeps the logarithm's argument in (0, 1].
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private sealed record Person(
        double HeadWidth, double HeadHeight, double Skin, double HairTone, double Hairline,
        double EyeSpacing, double EyeHeight, double EyeSize, double BrowGap, double BrowThickness,
        double NoseLength, double NoseWidth, double MouthWidth, double MouthHeight, double MouthCurve)
    {
        public static Person Draw(Random random) => new(
            HeadWidth: Uniform(random, 0.58, 0.74),
            HeadHeight: Uniform(random, 0.78, 0.9),
            Skin: Uniform(random, 0.5, 0.9),
            HairTone: Uniform(random, 0.05, 0.45),
            Hairline: Uniform(random, 0.15, 0.45),
            EyeSpacing: Uniform(random, 0.2, 0.34),
            EyeHeight: Uniform(random, -0.2, -0.02),
            EyeSize: Uniform(random, 0.08, 0.15),
            BrowGap: Uniform(random, 0.1, 0.2),
            BrowThickness: Uniform(random, 0.015, 0.05),
            NoseLength: Uniform(random, 0.18, 0.36),
            NoseWidth: Uniform(random, 0.02, 0.06),
            MouthWidth: Uniform(random, 0.16, 0.34),
            MouthHeight: Uniform(random, 0.36, 0.52),
            MouthCurve: Uniform(random, -0.04, 0.06));
    }

    private sealed record Shot(double Light, double Brightness, double ShiftX, double ShiftY, double Smile, double EyeOpen)
    {
        public static Shot Draw(Random random) => new(
            Light: Uniform(random, -0.25, 0.25),
            Brightness: Uniform(random, 0.93, 1.07),
            ShiftX: Uniform(random, -0.05, 0.05),
            ShiftY: Uniform(random, -0.04, 0.04),
            Smile: Uniform(random, -0.04, 0.1),
            EyeOpen: Uniform(random, 0.5, 1.0));
    }
}
