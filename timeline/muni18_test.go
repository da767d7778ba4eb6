package timeline

import (
	"testing"

	"github.com/tarikh/tarikh/internal/testshared"
)

// TestMergerMunicipalityService: a region's municipality (types.yaml
// services) tells many happenings of one feast day; shared alone it ties
// two reports only with serviceRare rare words in common. SaudiNewsNet
// 2015-07-23: Medina municipality's Eid party for its staff (articles 00330
// and 00868, two papers in close words: one event) and a play of its Eid
// theatre contest (00452) were one row (issue #13).
func TestMergerMunicipalityService(t *testing.T) {
	lx, err := LoadLexicon("")
	if err != nil {
		t.Fatal(err)
	}
	muni := []Entity{{ID: "madinah-municipality", NameEn: "Madinah Municipality", NameAr: "أمانة منطقة المدينة المنورة"}}
	taher := []Entity{{ID: "per:خالد_طاهر", NameEn: "خالد طاهر", NameAr: "خالد طاهر"}}
	party := withEntities(at("2015-07-22", "ceremony", "00330", "أقامت أمانة منطقة المدينة المنورة حفل المعايدة السنوي لمنسوبيها بمناسبة عيد الفطر المبارك، بحضور أمين المنطقة الدكتور خالد طاهر، والوكلاء والوكلاء المساعدين ومديري العموم ومديري الإدارات بالأمانة ورؤساء البلديات الفرعية بالمنطقة وعدد من الموظفين."), taher, muni)
	party2 := dated(withEntities(at("2015-07-22", "ceremony", "00868", testshared.Passage(t, "snn-2015-07-23-00868", "أقامت أمانة منطقة المدينة المنورة أمس", "وعدد من الموظفين.")), taher, muni), "أمس")
	play := withEntities(at("2015-07-22", "ceremony", "00452", testshared.Passage(t, "snn-2015-07-23-00452", "تابع عدد من عشاق المسرح", "بحديقة الملك فهد المركزية."), "medina"),
		[]Entity{{ID: "per:حامد_الصيادي", NameEn: "حامد الصيادي", NameAr: "حامد الصيادي"}, {ID: "per:يوسف_الطاسان", NameEn: "يوسف الطاسان", NameAr: "يوسف الطاسان"}},
		append([]Entity{{ID: "saudi-society-culture-arts", NameEn: "Saudi Arabian Society for Culture and Arts", NameAr: "جمعية الثقافة والفنون"}}, muni...))
	runMergeCases(t, lx, testPlaces, []mergeCase{
		{"the staff's Eid party and a play of the contest: two", [][]Event{{party}, {play}}, 2, nil},
		{"the play first: two", [][]Event{{play}, {party}}, 2, nil},
		{"the Eid party told by two papers: one", [][]Event{{party}, {party2}}, 1, nil},
	})
}
