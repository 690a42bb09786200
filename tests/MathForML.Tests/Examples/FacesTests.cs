using MathForML.Examples;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Tests.Examples;

public class FacesTests
{
    [Fact]
    public void Generate_gives_grouped_labels_values_in_range_and_is_reproducible()
    {
        var (images, labels) = Faces.Generate(5, 4, 16, seed: 3);
        Assert.Equal(20, images.RowCount);
        Assert.Equal(256, images.ColumnCount);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], labels.Take(8));
        Assert.All(images.Enumerate(), v => Assert.InRange(v, 0.0, 1.0));
        var (again, _) = Faces.Generate(5, 4, 16, seed: 3);
        Assert.Equal(0.0, (images - again).FrobeniusNorm());
        var (other, _) = Faces.Generate(5, 4, 16, seed: 4);
        Assert.True((images - other).FrobeniusNorm() > 1);
    }

    [Fact]
    public void Photographs_of_one_person_are_closer_than_photographs_of_different_people()
    {
        var (images, labels) = Faces.Generate(20, 5, 24, seed: 11, noise: 0);
        double within = 0, between = 0;
        int withinCount = 0, betweenCount = 0;
        for (var i = 0; i < images.RowCount; i++)
            for (var j = i + 1; j < images.RowCount; j++)
            {
                var distance = (images.Row(i) - images.Row(j)).L2Norm();
                if (labels[i] == labels[j]) { within += distance; withinCount++; }
                else { between += distance; betweenCount++; }
            }
        Assert.True(within / withinCount < 0.7 * (between / betweenCount));
    }

    [Fact]
    public void A_face_is_brighter_in_the_middle_than_in_the_corners()
    {
        var (images, _) = Faces.Generate(3, 2, 24, seed: 5, noise: 0);
        foreach (var image in images.EnumerateRows())
        {
            Assert.True(image[12 * 24 + 12] > 0.3);        // the centre of the face: skin or nose
            Assert.True(image[0] < 0.15);                  // the top-left corner: background
        }
    }

    [Fact]
    public void Tile_places_the_first_image_top_left_upright_with_nan_gaps()
    {
        var size = 8;
        var images = Enumerable.Range(0, 3)
            .Select(t => Vector<double>.Build.Dense(size * size, p => t + (p / size) / 100.0))   // value = image + row/100
            .ToList();
        var z = Faces.Tile(images, 2, size);
        Assert.Equal(2 * (size + 1) - 1, z.GetLength(0));
        Assert.Equal(2 * (size + 1) - 1, z.GetLength(1));
        var top = z.GetLength(0) - 1;
        Assert.Equal(0.0, z[top, 0]);                       // image 0, its row 0, at the top left
        Assert.Equal(0.07, z[top - 7, 0], 12);              // its last row lower down
        Assert.Equal(1.0, z[top, size + 1]);                // image 1 to its right
        Assert.Equal(2.0, z[size - 1, 0]);                  // image 2 in the second row of the grid
        Assert.True(double.IsNaN(z[top, size]));            // the gap between columns
        Assert.True(double.IsNaN(z[0, size + 1]));          // the empty fourth cell
        var asIs = Faces.Tile(images, 2, size, flipRows: false);
        Assert.Equal(0.0, asIs[0, 0]);                      // unflipped: image 0's row 0 is z's row 0
        Assert.Equal(0.07, asIs[7, 0], 12);
        Assert.Equal(2.0, asIs[size + 1, 0]);
        Assert.Throws<ArgumentException>(() => Faces.Tile([Vector<double>.Build.Dense(3)], 1, size));
    }
}
