// The sample ward's "Thuyết minh" sheet (UBND phường Phú Sơn, quarter I/2024): header fields
// and figures as in the reference report; the section texts are the project's own wording.
// A few sections are left empty on purpose, so the sample shows "Không có nội dung báo cáo.".
import { emptySections, TextSheetData } from "../core/report/types";

export function sampleTextSheet(): TextSheetData {
  const sections = emptySections();
  Object.assign(sections, {
    i3:
      "Danh mục TTHC thuộc thẩm quyền giải quyết của UBND phường được niêm yết tại Bộ phận Một cửa " +
      "và đăng trên Trang thông tin điện tử của phường; " +
      "TTHC mới công bố hoặc được sửa đổi, bổ sung được cập nhật ngay sau khi có quyết định của UBND tỉnh.",
    i4: "Việc rà soát tập trung vào các thủ tục thuộc lĩnh vực hộ tịch và chứng thực, là những lĩnh vực có nhiều hồ sơ phát sinh.",
    i5:
      "Số điện thoại đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị về TTHC được niêm yết tại Bộ phận Một cửa " +
      "và đăng trên Trang thông tin điện tử của phường.",
    i7a:
      "UBND phường ban hành kế hoạch kiểm soát TTHC năm 2024; tại các buổi giao ban hằng tháng, lãnh đạo UBND phường nghe báo cáo " +
      "tình hình tiếp nhận, giải quyết hồ sơ và chỉ đạo tháo gỡ kịp thời các vướng mắc.\n" +
      "Công chức được yêu cầu thực hiện đúng quy trình trên phần mềm một cửa điện tử, không để hồ sơ chậm trễ.",
    i7b:
      "Bộ phận Một cửa có phòng làm việc riêng khoảng 40 m² với 03 quầy tiếp nhận, máy tính, máy in, máy quét, camera giám sát, " +
      "ghế chờ, bảng niêm yết TTHC và mức thu phí, lệ phí; cơ bản đáp ứng yêu cầu phục vụ người dân.",
    i7c:
      "Chủ tịch UBND phường trực tiếp chỉ đạo Bộ phận Một cửa, một Phó Chủ tịch được phân công phụ trách; 06 công chức chuyên môn " +
      "tiếp nhận hồ sơ theo lĩnh vực, đều có trình độ đại học và được bồi dưỡng nghiệp vụ.",
    i7d:
      "Kết quả giải quyết hồ sơ được công khai trên Hệ thống thông tin giải quyết TTHC của tỉnh để người dân tra cứu. " +
      "Trong kỳ chưa phát sinh hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích.",
    i8:
      "Công chức Bộ phận Một cửa hướng dẫn người dân tạo tài khoản và nộp hồ sơ trực tuyến bằng tài " +
      "khoản định danh điện tử VNeID ngay tại quầy.",
    i9:
      "Phường tuyên truyền về cải cách TTHC và dịch vụ công trực tuyến trên hệ thống loa truyền thanh của phường và các khu phố, " +
      "lồng ghép trong hội nghị, sinh hoạt khu dân cư và đăng tin trên Trang thông tin điện tử.",
    i11:
      "UBND phường tự kiểm tra việc thực hiện quy trình giải quyết TTHC tại Bộ phận Một cửa, không " +
      "phát hiện hồ sơ giải quyết sai quy định; " +
      "tiếp tục khắc phục các tồn tại mà cấp trên đã chỉ ra qua kiểm tra năm 2023.",
    i12: "Phối hợp với Công an phường thực hiện các nhiệm vụ của Đề án 06, hướng dẫn người dân khai thác dữ liệu dân cư khi làm TTHC.",
    ii1:
      "Có sự chỉ đạo sát sao của UBND thị xã và sự phối hợp của các ngành; công chức Bộ phận Một " +
      "cửa có tinh thần trách nhiệm, thái độ phục vụ tốt.\n" +
      "Toàn bộ TTHC thuộc thẩm quyền đã có quy trình điện tử, việc giải quyết được theo dõi công khai trên hệ thống.",
    ii2:
      "Số người dân tự nộp hồ sơ trực tuyến tại nhà còn ít, phần lớn vẫn cần công chức hỗ trợ tại quầy.\n" +
      "Đường truyền có lúc không ổn định; chưa có thiết bị đọc mã QR và chip trên thẻ căn cước.",
    ii3:
      "Một bộ phận người dân, nhất là người cao tuổi, chưa quen dùng điện thoại thông minh và dịch vụ công trực tuyến.\n" +
      "Kinh phí mua sắm trang thiết bị của phường còn hạn hẹp.",
    iii:
      "Duy trì niêm yết, công khai đầy đủ TTHC và địa chỉ tiếp nhận phản ánh, kiến nghị.\n" +
      "Tiếp tục rà soát, đơn giản hóa TTHC theo kế hoạch của cấp trên.\n" +
      "Đẩy mạnh tuyên truyền, hướng dẫn người dân nộp hồ sơ và thanh toán phí, lệ phí trực tuyến.\n" +
      "Hoàn thành đúng hạn các nhiệm vụ kiểm soát TTHC do UBND thị xã giao.",
    iv2: "Đề nghị cấp trên hỗ trợ thiết bị đọc mã QR, đọc chip thẻ căn cước và nâng cấp đường truyền cho Bộ phận Một cửa.",
    iv3:
      "Đề nghị tăng cường kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với phần mềm hộ tịch và chứng thực điện tử " +
      "để giảm giấy tờ cho người dân.",
  });
  return {
    parentBody: "UBND thị xã Bỉm Sơn",
    unit: "UBND phường Phú Sơn",
    recipients: ["UBND thị xã Bỉm Sơn"],
    place: "Phú Sơn",
    date: { y: 2024, m: 3, d: 15 },
    number: "/BC-UBND",
    period: "Quý I năm 2024",
    regime: "",
    serviceCentre: "",
    signerAuthority: "KT. CHỦ TỊCH",
    signerTitle: "PHÓ CHỦ TỊCH",
    signerName: "Bùi Duy Hòa",
    noiNhan: ["UBND thị xã (b/c);", "Lưu: VT, VP."],
    figures: {
      published: 219,
      toReview: 52,
      reviewed: 7,
      reviewTimeCut: "từ 30% đến trên 50%",
      reviewCompletion: 100,
      feedback: 0,
      dvcLevel3: 72,
      dvcLevel4: 30,
      // The reference repeats the TTHC counts as dossier counts (72, 30); the sample splits
      // the 84 online dossiers of its Biểu 06a instead, so the two sheets agree.
      dvcDossiersLevel3: 54,
      dvcDossiersLevel4: 30,
      eCopies: 9,
    },
    sections,
  };
}
