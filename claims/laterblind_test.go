package claims

import (
	"fmt"
	"testing"
)

// laterFloors are the extraction scores the rules reach on blind280 and
// after, each rounded down to the hundredth: what the last round reached,
// as TestBlindExtraction holds the sets before them. Each set's first
// score, untouched, is in its README and in docs/ACCURACY.md.
var laterFloors = []struct {
	set   int
	floor extractionScore
}{
	{280, extractionScore{prec: 0.95, rec: 0.95, qual: 1.00, attr: 1.00}},
	{281, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{282, extractionScore{prec: 0.96, rec: 1.00, qual: 1.00, attr: 1.00}},
	{283, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.96}},
	{284, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{285, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{286, extractionScore{prec: 0.93, rec: 0.96, qual: 0.96, attr: 1.00}},
	{287, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{288, extractionScore{prec: 0.89, rec: 0.92, qual: 1.00, attr: 0.92}},
	{289, extractionScore{prec: 1.00, rec: 1.00, qual: 0.95, attr: 1.00}},
	{290, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{291, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{292, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{293, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{294, extractionScore{prec: 0.97, rec: 1.00, qual: 0.97, attr: 0.94}},
	{295, extractionScore{prec: 1.00, rec: 1.00, qual: 0.96, attr: 0.96}},
	{296, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.95}},
	{297, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{298, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{299, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{300, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.96}},
	{301, extractionScore{prec: 0.95, rec: 1.00, qual: 1.00, attr: 0.90}},
	{302, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{303, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{304, extractionScore{prec: 0.96, rec: 0.96, qual: 1.00, attr: 0.91}},
	{305, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{306, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.97}},
	{307, extractionScore{prec: 0.96, rec: 0.96, qual: 1.00, attr: 1.00}},
	{308, extractionScore{prec: 0.96, rec: 0.96, qual: 1.00, attr: 1.00}},
	{309, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.96}},
	{310, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{311, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{312, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{313, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{314, extractionScore{prec: 0.96, rec: 0.96, qual: 1.00, attr: 0.92}},
	{315, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{316, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{317, extractionScore{prec: 1.00, rec: 1.00, qual: 0.96, attr: 0.96}},
	{318, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{319, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{320, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{321, extractionScore{prec: 1.00, rec: 1.00, qual: 0.95, attr: 0.91}},
	{322, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.92}},
	{323, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{324, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{325, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{326, extractionScore{prec: 1.00, rec: 0.96, qual: 0.95, attr: 0.87}},
	{327, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{328, extractionScore{prec: 0.96, rec: 1.00, qual: 1.00, attr: 0.96}},
	{329, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{330, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{331, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{332, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{333, extractionScore{prec: 0.95, rec: 1.00, qual: 1.00, attr: 0.91}},
	{334, extractionScore{prec: 1.00, rec: 1.00, qual: 0.95, attr: 0.95}},
	{335, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{336, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{337, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.93}},
	{338, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{339, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{340, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.92}},
	{341, extractionScore{prec: 0.95, rec: 0.95, qual: 0.95, attr: 1.00}},
	{342, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{343, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{344, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{345, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.87}},
	{346, extractionScore{prec: 1.00, rec: 1.00, qual: 0.96, attr: 0.86}},
	{347, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{348, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.92}},
	{349, extractionScore{prec: 0.96, rec: 1.00, qual: 1.00, attr: 1.00}},
	{350, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{351, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.93}},
	{352, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.96}},
	{353, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 0.95}},
	{354, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{355, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{356, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.80}},
	{357, extractionScore{prec: 1.00, rec: 0.93, qual: 1.00, attr: 0.93}},
	{358, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{359, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{360, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{361, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{362, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{363, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{364, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.93}},
	{365, extractionScore{prec: 1.00, rec: 0.96, qual: 1.00, attr: 1.00}},
	{366, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{367, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{368, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.95}},
	{369, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{370, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{371, extractionScore{prec: 1.00, rec: 0.95, qual: 1.00, attr: 0.95}},
	{372, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.97}},
	{373, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{374, extractionScore{prec: 1.00, rec: 1.00, qual: 0.96, attr: 0.89}},
	{375, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{376, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{377, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 1.00}},
	{378, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.93}},
	{379, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{380, extractionScore{prec: 1.00, rec: 1.00, qual: 1.00, attr: 0.96}},
	{381, extractionScore{prec: 1.00, rec: 1.00, qual: 0.96, attr: 0.92}},
}

// TestLaterBlindExtraction scores the extractor on blind280 and after, so
// that a change that loses ground on any of them fails here, not only in
// a run of score.py over every set.
func TestLaterBlindExtraction(t *testing.T) {
	for _, tt := range laterFloors {
		dir := fmt.Sprintf("../testdata/blind%d", tt.set)
		t.Run(dir, func(t *testing.T) {
			sc := scoreExtraction(t, dir)
			t.Logf("%s extraction: %s", dir, sc)
			sc.atLeast(t, tt.floor)
		})
	}
}
